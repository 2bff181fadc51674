#pragma once

#include <QStringList>

class QCoreApplication;

namespace lockboard {

// Chooses the language both programs speak and installs it: `--lang CODE` or
// `--lang=CODE` among the arguments, else the system's (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG); English, with its plural forms, for a language Lockboard
// does not speak. lockboardctl with --json speaks English whatever the
// language, so that what scripts read (messages and notes in the JSON
// included) does not depend on who runs them. Lockboard's translations are compiled in under :/i18n
// (core's, the dashboard's and lockboardctl's messages); Qt's own (its standard buttons and --help
// texts) come from Qt's translations directory when installed. Returns the arguments without --lang
// (up to a "--", after which they belong to another program), for a parser that does not know the
// option.
enum class Speaker
{
    Dashboard,
    CommandLine
};
QStringList installTranslations(QCoreApplication& app, Speaker speaker);

} // namespace lockboard
