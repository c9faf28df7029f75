#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

/**
 * How a list model's rows changed between two loads, by row key, so the model can tell its views
 * "these rows went" instead of resetting — a view then keeps its place, and a dispatched ticket
 * leaves the queue as a removal.
 */
namespace RowDiff {

/**
 * If @p after is @p before with some rows left out (order kept, nothing new), the removed rows as
 * runs [first, last] in @p before, the last run first so they can be removed in that order.
 * std::nullopt if anything else changed (new rows, another order): the model resets.
 */
[[nodiscard]] std::optional<QList<QPair<int, int>>> removedRuns(
    const QStringList &before, const QStringList &after);

} // namespace RowDiff
