using System.CommandLine;
using System.CommandLine.Parsing;

namespace Translation.Quality.Cli;

/// <summary>
/// A mistyped option (<c>--fmt html</c>) must not be taken for an input file ("input not found:
/// --fmt"): it is named as an unknown option, with the nearest option of the command.
/// </summary>
public static class UnknownOptions
{
    /// <returns>One message per unknown option; empty when there is none.</returns>
    public static IReadOnlyList<string> Find(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal).ToList();
        var suspects = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value)
            .Concat(parse.UnmatchedTokens)
            .Where(t => t.StartsWith("--", StringComparison.Ordinal) && t.Length > 2 && !File.Exists(t) && !Directory.Exists(t));
        var messages = new List<string>();
        foreach (var token in suspects.Distinct(StringComparer.Ordinal))
        {
            var name = token.Split('=', 2)[0];
            var nearest = Synonym(name, names) ?? names.Where(n => n.StartsWith("--", StringComparison.Ordinal))
                .Select(n => (Name: n, Distance: Distance(name, n)))
                .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 4) || c.Name.StartsWith(name, StringComparison.Ordinal) || name.StartsWith(c.Name, StringComparison.Ordinal))
                .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).FirstOrDefault();
            messages.Add($"unknown option '{name}' for 'tqa {CommandPath(parse)}'" + (nearest is null ? string.Empty : $" (did you mean {nearest}?)"));
        }

        return messages;
    }

    /// <summary>"review list", not "list".</summary>
    public static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c && c.Parent is not null; r = c.Parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>Names people reach for that tqa spells otherwise.</summary>
    private static string? Synonym(string name, IReadOnlyList<string> names)
    {
        var guess = name switch
        {
            "--output" or "--out-dir" or "--output-dir" => "--out",
            "--source" or "--src" or "--from" => "--source-lang",
            "--target" or "--tgt" or "--to" => "--target-lang",
            "--formats" or "--fmt" => "--format",
            _ => null,
        };
        return guess is not null && names.Contains(guess) ? guess : null;
    }

    /// <summary>Levenshtein distance: small option names, so the plain table is enough.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
