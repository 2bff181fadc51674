#pragma once

#include <QDateTime>
#include <QString>

namespace lockboard {

// How late a lock taken on a server now can be listed: decided once, by the
// inspector at each refresh, from the mechanism in use there; every front end
// words it with freshnessText().
//   Stream      the store stream reports it; it is read within a second.
//   ClassWalks  the stream is off (over its cost limit, refused, or not up
//               yet): the slab classes locks live in are walked
//               ("lru_crawler metadump <ids>") as often as the budget allows.
//   FullWalks   neither: only the next full walk (or "scan now") finds it.
//   Names       the server refuses walks (memcached -X) or the profile says
//               so: only locks whose names are known are seen.
// A class walk crawls LRU lists, and memcached skips items that are in use or
// moving between them at that moment, so a lock can be found one walk late:
// withinSeconds counts two class walks.
struct Freshness
{
    enum class Mechanism
    {
        Unknown, // not read yet, or the server is down
        Stream,
        ClassWalks,
        FullWalks,
        Names
    };
    Mechanism mechanism = Mechanism::Unknown;
    // Stream, ClassWalks: a new lock of the usual size is listed within this
    // many seconds; FullWalks: until the next full walk (-1: not scheduled).
    double withinSeconds = -1;
    // ClassWalks: the classes walked at that pace and the items they hold.
    int classes = 0;
    qint64 classItems = 0;
    // ClassWalks: classes where locks can live that are crowded with other
    // items, walked less often (the budget's pace): a lock there is listed
    // within slowWithinSeconds.
    int slowClasses = 0;
    qint64 slowItems = 0;
    double slowWithinSeconds = -1;
    bool slowHoldLocks = false; // locks were found in a crowded class: the usual ones are slow
    QDateTime nextFullWalk;     // UTC; invalid when none is scheduled

    // Within what an operator would call "live" (a refresh or three), for
    // the locks of the shapes seen there.
    static constexpr double LiveSeconds = 10;
    [[nodiscard]] bool live() const
    {
        return (mechanism == Mechanism::Stream || mechanism == Mechanism::ClassWalks) &&
               withinSeconds >= 0 && withinSeconds <= LiveSeconds && !slowHoldLocks;
    }

    // Known to list new locks late (a server not read yet, or down, is not
    // said to be late: it is said to be down).
    [[nodiscard]] bool late() const { return mechanism != Mechanism::Unknown && !live(); }

    friend bool operator==(const Freshness&, const Freshness&) = default;
};

// How late a new lock can be listed, in words: "within 1 s by stream",
// "within 4 s by class walk (3 classes, 412 items)", "only at full walks
// (next in 2 h)", "only those whose names are known (names mode)".
// now: for the time to the next full walk.
[[nodiscard]] QString freshnessText(const Freshness& freshness, const QDateTime& now);
// "stream", "class walks", "full walks", "names", "unknown": for JSON.
[[nodiscard]] QString mechanismName(Freshness::Mechanism mechanism);

} // namespace lockboard
