#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fd::cli {

/** A county-level area: where people live, register vehicles and where outlets stand. */
struct DemoRegion
{
    QString idCode;   // GB/T 2260 code, the first six digits of a resident ID: "340104"
    QString province; // "安徽省", or "上海市" for a municipality
    QString city;     // "合肥市"; empty for a municipality
    QString district; // "蜀山区"
    QString plate;    // plate prefix of the city: "皖A"
    QStringList roads;
    QStringList stations; // toll stations and service areas nearby
    int weight = 1;       // how many customers live here, relatively
};

struct DemoOutletDef
{
    QString code;      // four digits
    QString name;      // "合肥政务区网点"
    QString shortName; // "合肥政务区", for crew names
    int region = 0;    // index into DemoCatalog::regions()
    QString street;    // "潜山路 1888 号"
};

/** A kind of fault customers report, with the words they use. */
struct DemoProblem
{
    QString category; // obu, card, lane, device, account, install
    QString title;
    /** Placeholders: {plate} {station} {lane} {when} {amount} {amount2} {outlet} {code} {n} {month} */
    QString description;
    int urgencyMin = 2, urgencyMax = 3, impactMin = 2, impactMax = 3;
    /** Where the crew goes: "station" (a lane), "home" (the customer), "outlet" (a branch device). */
    QString place;
    int weight = 1;
    bool needsVehicle = true;
};

/** A spare part as the stores list it. An empty code: no part. */
struct DemoPart
{
    QString code;
    QString name;
};

/**
 * What a crew found and did about one kind of problem: a fault record's worth. The cause is a
 * category and subcategory key of the built-in FaultCatalogue.
 */
struct DemoRepair
{
    QString cause;
    QString subcause;  // empty for a category without subcategories ("other")
    QString ownership; // customer, company, third_party, unknown: whose equipment it is (产权)
    bool genuine = true; // 属实: false when nothing was wrong but how it was used
    QString workDone;    // the fault record's text
    QString finishNote;  // the short line on the finish step
    DemoPart part;       // the part fitted, if any (quantity 1)
    int weight = 1;
};

/**
 * Word lists for realistic demo data: surnames with their real frequencies (per 10,000 people,
 * after the 2020 census name report), given names by generation, regions with their GB/T 2260
 * codes and plate prefixes, outlets, fault descriptions and the notes crews write.
 */
class DemoCatalog
{
public:
    [[nodiscard]] static const QList<DemoRegion> &regions();
    [[nodiscard]] static const QList<DemoOutletDef> &outlets();
    [[nodiscard]] static const QStringList &surnames();
    /** Per 10,000 people, same order as surnames(). */
    [[nodiscard]] static const QList<int> &surnameWeights();
    /** @p era: 0 born before 1970, 1 in 1970–1989, 2 from 1990. Most common first. */
    [[nodiscard]] static const QStringList &givenNames(int era, bool male);
    [[nodiscard]] static const QStringList &estates();
    [[nodiscard]] static const QStringList &companyWords();
    [[nodiscard]] static const QStringList &companyTrades();
    [[nodiscard]] static const QStringList &phonePrefixes();
    [[nodiscard]] static const QList<int> &phonePrefixWeights();
    [[nodiscard]] static const QList<DemoProblem> &problems();
    [[nodiscard]] static const QStringList &finishNotes(const QString &category);
    /** What crews find for @p problem (one of problems()), most likely first; never empty. */
    [[nodiscard]] static const QList<DemoRepair> &repairs(const DemoProblem &problem);
    [[nodiscard]] static const QStringList &closeNotes();
    [[nodiscard]] static const QStringList &reopenNotes();
    [[nodiscard]] static const QStringList &returnNotes();
    [[nodiscard]] static const QStringList &cancelNotes();
    [[nodiscard]] static const QStringList &chaseNotes();
    [[nodiscard]] static const QStringList &segments();
    [[nodiscard]] static const QStringList &needs();
    /** World manufacturer identifiers for cars, new-energy cars and trucks. */
    [[nodiscard]] static const QStringList &carMakers();
    [[nodiscard]] static const QStringList &evMakers();
    [[nodiscard]] static const QStringList &truckMakers();
};

} // namespace fd::cli
