def make_key(key, key_prefix, version):
    return "custom:" + key


def same_as_default(key, key_prefix, version):
    # Re-implements Django's default formula: must be reported as default.
    return ":".join([str(key_prefix), str(version), key])


def ascii_only(key, key_prefix, version):
    # Agrees with the default formula except for non-ASCII keys.
    return "%s:%s:%s" % (key_prefix, version, key.encode("ascii", "backslashreplace").decode("ascii"))


def raising(key, key_prefix, version):
    raise RuntimeError("key function exploded")
