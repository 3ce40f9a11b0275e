using System.Text.Json;
using Translation.Quality.Results;

namespace Translation.Quality.History;

/// <summary>Each feed's figures per night: what the trend tables and charts show.</summary>
internal sealed class TrendRepository(HistoryConnection db)
{
    /// <summary>Records one feed's night; a whole night replaces its shards' rows, and a shard replaces a whole night's.</summary>
    public void RecordNight(TrendRow row, string shard, DateTimeOffset now) => db.Write(() =>
    {
        db.Execute(
            """
            DELETE FROM nights WHERE night = $night AND feed = $feed AND shard <> $shard
                AND ($shard = '' OR shard = '' OR substr(shard, instr(shard, '/') + 1) <> substr($shard, instr($shard, '/') + 1))
            """,
            ("$night", row.Night), ("$feed", row.Feed), ("$shard", shard));
        return db.Execute(
            """
            INSERT OR REPLACE INTO nights (night, feed, shard, articles, words, findings, critical, major, minor, passed, failed, by_class, recorded_utc, suppressed, translator_characters)
            VALUES ($night, $feed, $shard, $articles, $words, $findings, $critical, $major, $minor, $passed, $failed, $byClass, $now, $suppressed, $translator)
            """,
            ("$night", row.Night), ("$feed", row.Feed), ("$shard", shard), ("$articles", row.Articles), ("$words", row.Words), ("$findings", row.Findings),
            ("$critical", row.Critical), ("$major", row.Major), ("$minor", row.Minor), ("$passed", row.Passed), ("$failed", row.Failed),
            ("$byClass", JsonSerializer.Serialize(row.ByClass, HistoryJsonContext.Default.IReadOnlyDictionaryStringInt32)), ("$now", HistoryConnection.Utc(now)),
            ("$suppressed", row.Suppressed), ("$translator", row.TranslatorCharacters));
    });

    /// <summary>The last <paramref name="nights"/> nights up to <paramref name="throughNight"/>, oldest first; shards of a night are added up.</summary>
    /// <param name="current">The night being written now: listed although its run is not complete yet (its own report shows it).</param>
    public IReadOnlyList<TrendRow> Trend(string? feed, int nights, string? throughNight = null, string? current = null)
    {
        lock (db.Gate)
        {
            var rows = new List<TrendRow>();
            using var reader = db.Command(
                """
                SELECT night, feed, SUM(articles), SUM(words), SUM(findings), SUM(critical), SUM(major), SUM(minor), SUM(passed), SUM(failed),
                       SUM(suppressed), SUM(translator_characters), json_group_array(by_class)
                FROM nights n
                WHERE ($feed IS NULL OR feed = $feed)
                  AND night IN (SELECT DISTINCT night FROM nights WHERE ($feed IS NULL OR feed = $feed) AND ($through IS NULL OR night <= $through) ORDER BY night DESC LIMIT $limit)
                  -- A night whose run never published its reports (interrupted, disk full) is not a night yet.
                  AND (night = $current
                       OR EXISTS (SELECT 1 FROM runs r WHERE r.night = n.night AND r.shard = n.shard AND r.completed_utc IS NOT NULL)
                       OR NOT EXISTS (SELECT 1 FROM runs r WHERE r.night = n.night AND r.shard = n.shard))
                GROUP BY night, feed
                ORDER BY night, feed
                """,
                ("$feed", feed), ("$through", throughNight), ("$limit", nights), ("$current", current)).ExecuteReader();
            while (reader.Read())
            {
                var byClass = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var part in JsonSerializer.Deserialize(reader.GetString(12), HistoryJsonContext.Default.StringArray) ?? [])
                {
                    foreach (var (cls, n) in JsonSerializer.Deserialize(part, HistoryJsonContext.Default.DictionaryStringInt32) ?? [])
                    {
                        byClass[cls] = byClass.GetValueOrDefault(cls) + n;
                    }
                }

                rows.Add(new TrendRow
                {
                    Night = reader.GetString(0),
                    Feed = reader.GetString(1),
                    Articles = reader.GetInt32(2),
                    Words = reader.GetInt64(3),
                    Findings = reader.GetInt32(4),
                    Critical = reader.GetInt32(5),
                    Major = reader.GetInt32(6),
                    Minor = reader.GetInt32(7),
                    Passed = reader.GetInt32(8),
                    Failed = reader.GetInt32(9),
                    Suppressed = reader.GetInt32(10),
                    TranslatorCharacters = reader.GetInt64(11),
                    ByClass = byClass,
                });
            }

            return rows;
        }
    }
}
