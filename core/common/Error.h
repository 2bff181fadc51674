#pragma once

#include <QString>

namespace lockboard {

// What went wrong, in categories a caller can act on. The message says the rest
// in words an operator understands, and names the server, key or spec involved.
enum class ErrorKind
{
    InvalidArgument, // bad input: a server spec, a key, an option
    NotFound,        // a named thing (profile, key) does not exist
    Io,              // local files and settings
};

struct Error
{
    ErrorKind kind = ErrorKind::InvalidArgument;
    QString message;
};

} // namespace lockboard
