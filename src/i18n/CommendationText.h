// The commendation shortlist in the user's language: the forms of award, the review statuses, and
// why a check failed as one sentence with its numbers. Core keeps the rules and the numbers; the GUI
// and thidua-cli word them here so the office reads the same sentence everywhere. Printed documents
// do not come here: they are Vietnamese whatever the interface language (core's awardName).
#pragma once

#include "core/Commendation.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace thidua {

class CommendationText
{
    Q_DECLARE_TR_FUNCTIONS(thidua::CommendationText)

public:
    CommendationText() = delete;

    // The form of award on screen ("Emulation flag", in Vietnamese "Cờ thi đua").
    static QString award(Award award);
    // The award as printed on documents: always the Vietnamese term of the Law.
    static QString awardDocumentName(Award award);
    static QString status(EntryStatus status);

    // A count of CollectiveFacts by its code ("members", "advanced_workers" …, as FactsMissing names
    // them): "advanced workers". Unknown codes are shown as they are.
    static QString fact(std::string_view code);

    // Why one check failed, as one sentence naming the numbers: "Only 5 of 12 members (41,7%) reached
    // Advanced worker; more than 50% are required."
    static QString failure(const CheckFailure& failure);
    // Every failure of an entry, one sentence after another; empty when it passed.
    static QString failures(const EntryCheck& check);
};

} // namespace thidua
