using System.Text.RegularExpressions;

namespace Translation.Quality.Ingest;

/// <summary>
/// The language pair for inputs that do not carry one (.txt): the command line's, else a folder
/// named like the pair ("…/fr-en/article.txt").
/// </summary>
public sealed partial record LanguageDefaults(string? Source, string? Target)
{
    public (string? Source, string? Target) Resolve(string path)
    {
        var source = Source;
        var target = Target;
        if (source is null || target is null)
        {
            foreach (var part in path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                var m = PairFolder().Match(part);
                if (m.Success)
                {
                    source ??= m.Groups[1].Value.ToLowerInvariant();
                    target ??= m.Groups[2].Value.ToLowerInvariant();
                    break;
                }
            }
        }

        return (source, target);
    }

    [GeneratedRegex(@"^([a-zA-Z]{2,3})[-_]([a-zA-Z]{2,3})$")]
    private static partial Regex PairFolder();
}
