# Shadows the real Django to simulate an interpreter where Django is broken.
raise ImportError("simulated: this django is broken")
