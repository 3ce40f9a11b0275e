using System.Text.RegularExpressions;
using Translation.Quality.Documents;

namespace Translation.Quality.Reports;

/// <summary>The feed an article belongs to in reports: the input's own feed name, else the file it came from.</summary>
internal static partial class FeedName
{
    public static string Of(Article article) => article.Feed ?? FromPath(article.Path);

    /// <summary>"file:12" (JSONL) and "file#unit" (XLIFF) give the file's name; a .txt article gives its folder's.</summary>
    public static string FromPath(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        if (hash > 0)
        {
            return Path.GetFileName(path[..hash]);
        }

        var line = LineSuffix().Match(path);
        if (line.Success)
        {
            return Path.GetFileName(path[..line.Index]);
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(path) : folder;
    }

    [GeneratedRegex(@":\d+$")]
    private static partial Regex LineSuffix();
}
