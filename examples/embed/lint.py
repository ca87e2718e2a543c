"""The embedding API from Python, through ctypes: lints files as lint.c does
and prints the same lines.

    LIBCLERK=<prefix>/lib/libclerk.so python3 lint.py [--plugin PATH]... FILE...

LIBCLERK names the library; without it the loader's search path is used.
"""
import ctypes
import os
import sys

c_size_t, c_int, c_char_p = ctypes.c_size_t, ctypes.c_int, ctypes.c_char_p


class SessionOptions(ctypes.Structure):
    _fields_ = [("size", c_size_t), ("config_path", c_char_p), ("config_json", c_char_p),
                ("plugins", ctypes.POINTER(c_char_p)), ("packs", ctypes.POINTER(c_char_p)),
                ("no_bundled_rules", c_int), ("allow_config_plugins", c_int)]


class Finding(ctypes.Structure):
    _fields_ = [("rule", c_char_p), ("severity", c_int), ("message", c_char_p),
                ("line", c_size_t), ("column", c_size_t), ("end_line", c_size_t),
                ("end_column", c_size_t), ("offset", c_size_t), ("length", c_size_t),
                ("fix", c_char_p)]


def load(path):
    lib = ctypes.CDLL(path or "libclerk.so")
    lib.clerk_session_new.restype = ctypes.c_void_p
    lib.clerk_session_new.argtypes = [ctypes.POINTER(SessionOptions), c_char_p, c_size_t]
    lib.clerk_session_free.argtypes = [ctypes.c_void_p]
    lib.clerk_lint.restype = ctypes.c_void_p
    lib.clerk_lint.argtypes = [ctypes.c_void_p, c_char_p, c_char_p, c_size_t, c_char_p, c_size_t]
    lib.clerk_result_count.restype = c_size_t
    lib.clerk_result_count.argtypes = [ctypes.c_void_p]
    lib.clerk_result_finding.restype = ctypes.POINTER(Finding)
    lib.clerk_result_finding.argtypes = [ctypes.c_void_p, c_size_t]
    lib.clerk_result_free.argtypes = [ctypes.c_void_p]
    lib.clerk_severity_name.restype = c_char_p
    lib.clerk_severity_name.argtypes = [c_int]
    return lib


def main(argv):
    plugins, files = [], []
    args = iter(argv)
    for arg in args:
        if arg == "--plugin":
            plugins.append(next(args).encode())
        else:
            files.append(arg)
    lib = load(os.environ.get("LIBCLERK"))
    plugin_array = (c_char_p * (len(plugins) + 1))(*plugins, None)
    options = SessionOptions(size=ctypes.sizeof(SessionOptions), plugins=plugin_array)
    error = ctypes.create_string_buffer(512)
    session = lib.clerk_session_new(ctypes.byref(options), error, len(error))
    if not session:
        print("lint:", error.value.decode(), file=sys.stderr)
        return 2
    status = 0
    for path in files:
        with open(path, "rb") as f:
            text = f.read()
        result = lib.clerk_lint(session, path.encode(), text, len(text), error, len(error))
        if not result:
            print(f"lint: {path}: {error.value.decode()}", file=sys.stderr)
            status = 2
            continue
        for i in range(lib.clerk_result_count(result)):
            f = lib.clerk_result_finding(result, i).contents
            severity = lib.clerk_severity_name(f.severity).decode()
            print(f"{path}:{f.line}:{f.column}: {severity}: {f.message.decode()} [{f.rule.decode()}]")
            if f.fix is not None:
                print(f'  fix: replace bytes {f.offset}..{f.offset + f.length} with "{f.fix.decode()}"')
            status = status or 1
        lib.clerk_result_free(result)
    lib.clerk_session_free(session)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
