#include "rowdiff.h"

#include <algorithm>

namespace RowDiff {

std::optional<QList<QPair<int, int>>> removedRuns(const QStringList &before, const QStringList &after)
{
    if (after.size() > before.size())
        return std::nullopt;
    QList<QPair<int, int>> runs;
    int j = 0;
    for (int i = 0; i < before.size(); ++i) {
        if (j < after.size() && before.at(i) == after.at(j)) {
            ++j;
            continue;
        }
        if (!runs.isEmpty() && runs.last().second == i - 1)
            runs.last().second = i;
        else
            runs.append({ i, i });
    }
    if (j != after.size())
        return std::nullopt;
    std::reverse(runs.begin(), runs.end());
    return runs;
}

} // namespace RowDiff
