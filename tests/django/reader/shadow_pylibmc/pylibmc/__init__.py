# Shadows pylibmc to simulate an interpreter without pylibmc installed.
raise ImportError("simulated: pylibmc is not installed")
