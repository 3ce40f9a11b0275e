using System.Buffers;
using System.Text.RegularExpressions;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// The literal strings a regex cannot match without: a set such that every match (with its positive
/// lookarounds) contains one of them. A pattern rule first looks for any of them in the article in one
/// vectorised pass and runs its regex only when one is there; most articles hold none, and the regex
/// (interpreted under Native AOT) was the largest share of a run. The reading is conservative: what it
/// does not understand requires nothing, so a pattern it cannot reduce to literals of three characters
/// or more gets no prefilter and runs as before. Case-insensitive patterns (the option or an inline
/// <c>(?i</c>) are searched ignoring case.
/// </summary>
internal static class RegexLiterals
{
    /// <summary>More alternatives than this and a set is no longer worth keeping.</summary>
    private const int MaxStrings = 256;

    /// <summary>Shorter literals are in nearly every article: no filter.</summary>
    private const int MinLength = 3;

    /// <summary>The prefilter of <paramref name="pattern"/>, or null when it has none worth using.</summary>
    public static SearchValues<string>? Of(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            return null;
        }

        var parser = new Parser(pattern);
        Node root;
        try
        {
            root = parser.ParseAll();
        }
        catch (Exception e) when (e is NotSupportedException or FormatException or ArgumentException)
        {
            return null;
        }

        var required = Read(root);
        if (required is null)
        {
            return null;
        }

        var ignoreCase = (options & RegexOptions.IgnoreCase) != 0 || parser.InlineIgnoreCase;
        return SearchValues.Create([.. required], ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The literals of <paramref name="pattern"/> (for tests and for the benchmark notes), or null.</summary>
    internal static IReadOnlyList<string>? Strings(string pattern)
    {
        try
        {
            return Read(new Parser(pattern).ParseAll()) is { } required ? [.. required.Order(StringComparer.Ordinal)] : null;
        }
        catch (Exception e) when (e is NotSupportedException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The minimal requirement of a parsed pattern, with the exact sets of this pattern only.</summary>
    private static List<string>? Read(Node root)
    {
        try
        {
            return Minimal(Required(root));
        }
        finally
        {
            t_exact?.Clear();
        }
    }

    /// <summary>The set without strings that hold another of it ("months" when "month" is there), or null when it filters nothing.</summary>
    private static List<string>? Minimal(HashSet<string>? required)
    {
        if (required is null || required.Count == 0 || required.Any(s => s.Length < MinLength))
        {
            return null;
        }

        return [.. required.Where(s => !required.Any(t => t.Length < s.Length && s.Contains(t, StringComparison.Ordinal)))];
    }

    /// <summary>Strings one of which every match of the node contains; null: nothing is known.</summary>
    private static HashSet<string>? Required(Node node) => node switch
    {
        Node.Literal l => l.Strings.Contains(string.Empty) ? null : l.Strings,
        Node.Alternation a => Union(a.Options.Select(Required)),
        Node.Sequence s => BestFactor(s),
        Node.Repeat r => r.Min >= 1 ? Required(r.Item) : null,
        Node.Ahead h => Required(h.Item),
        _ => null,
    };

    /// <summary>
    /// The exact sets found so far for the pattern being read: each subtree's is asked for at every level
    /// above it, and long alternations of words make it costly to build again.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<Node, HashSet<string>?>? t_exact;

    /// <summary>The whole set of strings the node matches, when it is small and all literal; else null.</summary>
    private static HashSet<string>? Exact(Node node)
    {
        var cache = t_exact ??= new Dictionary<Node, HashSet<string>?>(ReferenceEqualityComparer.Instance);
        if (!cache.TryGetValue(node, out var exact))
        {
            exact = ComputeExact(node);
            cache[node] = exact;
        }

        return exact;
    }

    private static HashSet<string>? ComputeExact(Node node)
    {
        switch (node)
        {
            case Node.Literal l:
                return l.Strings;
            case Node.ZeroWidth:
                return [string.Empty];
            case Node.Alternation a:
                return Union(a.Options.Select(Exact));
            case Node.Sequence s:
                HashSet<string>? all = [string.Empty];
                foreach (var item in s.Items)
                {
                    all = Product(all, Exact(item));
                    if (all is null)
                    {
                        return null;
                    }
                }

                return all;
            case Node.Repeat { Min: 0, Max: 1 } r when Exact(r.Item) is { } once:
                return [.. once, string.Empty];
            case Node.Repeat { Min: 1, Max: 1 } r:
                return Exact(r.Item);
            default:
                return null;
        }
    }

    /// <summary>The best requirement of a sequence: a run of exact items joined, or one item's own requirement.</summary>
    private static HashSet<string>? BestFactor(Node.Sequence sequence)
    {
        HashSet<string>? best = null;
        HashSet<string>? run = [string.Empty];
        foreach (var item in sequence.Items)
        {
            var exact = Exact(item);
            var joined = exact is null ? null : Product(run, exact);
            if (joined is not null)
            {
                run = joined;
                continue;
            }

            best = Better(best, run);
            best = Better(best, Required(item));
            run = exact ?? [string.Empty];
        }

        return Better(best, run);
    }

    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        if (b is null || b.Count == 0 || b.Contains(string.Empty))
        {
            return a;
        }

        if (a is null)
        {
            return b;
        }

        var (la, lb) = (a.Min(s => s.Length), b.Min(s => s.Length));
        return lb > la || (lb == la && b.Count < a.Count) ? b : a;
    }

    private static HashSet<string>? Union(IEnumerable<HashSet<string>?> sets)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            if (set is null)
            {
                return null;
            }

            all.UnionWith(set);
            if (all.Count > MaxStrings)
            {
                return null;
            }
        }

        return all;
    }

    private static HashSet<string>? Product(HashSet<string> left, HashSet<string>? right)
    {
        if (right is null || (long)left.Count * right.Count > MaxStrings)
        {
            return null;
        }

        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                all.Add(a + b);
            }
        }

        return all;
    }

    /// <summary>The pieces of a pattern this reading tells apart; anything else is <see cref="Unknown"/>.</summary>
    private abstract record Node
    {
        public sealed record Literal(HashSet<string> Strings) : Node;

        public sealed record Sequence(List<Node> Items) : Node;

        public sealed record Alternation(List<Node> Options) : Node;

        public sealed record Repeat(Node Item, int Min, int Max) : Node;

        /// <summary>A positive lookahead or lookbehind: consumes nothing, but what it needs is in the text.</summary>
        public sealed record Ahead(Node Item) : Node;

        /// <summary>An anchor, \b, a negative lookaround, an inline option: matches the empty string.</summary>
        public sealed record ZeroWidth : Node;

        /// <summary>A class, a dot, a backreference: some text, nothing known of it.</summary>
        public sealed record Unknown : Node;
    }

    /// <summary>A recursive-descent reading of .NET regex syntax, enough to find literals.</summary>
    private sealed class Parser(string pattern)
    {
        private int _at;

        public bool InlineIgnoreCase { get; private set; }

        public Node ParseAll()
        {
            var node = ParseAlternation();
            if (_at != pattern.Length)
            {
                throw new NotSupportedException("unbalanced ')'");
            }

            return node;
        }

        private char Peek => _at < pattern.Length ? pattern[_at] : '\0';

        private bool AtEnd => _at >= pattern.Length;

        private Node ParseAlternation()
        {
            var options = new List<Node> { ParseSequence() };
            while (!AtEnd && Peek == '|')
            {
                _at++;
                options.Add(ParseSequence());
            }

            return options.Count == 1 ? options[0] : new Node.Alternation(options);
        }

        private Node ParseSequence()
        {
            var items = new List<Node>();
            while (!AtEnd && Peek is not ('|' or ')'))
            {
                items.Add(ParseQuantified());
            }

            return new Node.Sequence(items);
        }

        private Node ParseQuantified()
        {
            var atom = ParseAtom();
            while (!AtEnd)
            {
                int min, max;
                switch (Peek)
                {
                    case '*':
                        (min, max) = (0, int.MaxValue);
                        _at++;
                        break;
                    case '+':
                        (min, max) = (1, int.MaxValue);
                        _at++;
                        break;
                    case '?':
                        (min, max) = (0, 1);
                        _at++;
                        break;
                    case '{' when TryBraces(out min, out max):
                        break;
                    default:
                        return atom;
                }

                if (!AtEnd && Peek == '?')
                {
                    _at++; // lazy: the same strings
                }

                atom = new Node.Repeat(atom, min, max);
            }

            return atom;
        }

        /// <summary>"{n}", "{n,}", "{n,m}"; anything else is a literal brace, as .NET reads it.</summary>
        private bool TryBraces(out int min, out int max)
        {
            min = max = 0;
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return false;
            }

            var inside = pattern.AsSpan(_at + 1, close - _at - 1);
            var comma = inside.IndexOf(',');
            var ok = comma < 0
                ? int.TryParse(inside, out min) && (max = min) >= 0
                : int.TryParse(inside[..comma], out min) && (comma == inside.Length - 1 ? (max = int.MaxValue) > 0 : int.TryParse(inside[(comma + 1)..], out max));
            if (ok)
            {
                _at = close + 1;
            }

            return ok;
        }

        private Node ParseAtom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    return ParseClass();
                case '.':
                    return new Node.Unknown();
                case '^' or '$':
                    return new Node.ZeroWidth();
                case '\\':
                    return ParseEscape(inClass: false) is { } ch ? Single(ch) : LastEscapeNode;
                default:
                    return Single(c);
            }
        }

        private Node LastEscapeNode { get; set; } = new Node.Unknown();

        private Node ParseGroup()
        {
            Node Inner()
            {
                var inner = ParseAlternation();
                if (AtEnd || pattern[_at] != ')')
                {
                    throw new NotSupportedException("unclosed group");
                }

                _at++;
                return inner;
            }

            if (Peek != '?')
            {
                return Inner();
            }

            _at++;
            var rest = pattern.AsSpan(_at);
            if (rest.StartsWith(":") || rest.StartsWith(">"))
            {
                _at++;
                return Inner();
            }

            if (rest.StartsWith("=") || rest.StartsWith("<="))
            {
                _at += rest[0] == '=' ? 1 : 2;
                return new Node.Ahead(Inner());
            }

            if (rest.StartsWith("!") || rest.StartsWith("<!"))
            {
                _at += rest[0] == '!' ? 1 : 2;
                Inner();
                return new Node.ZeroWidth();
            }

            if (rest.StartsWith("<") || rest.StartsWith("'"))
            {
                var close = pattern.IndexOf(rest[0] == '<' ? '>' : '\'', _at + 1);
                if (close < 0)
                {
                    throw new NotSupportedException("unclosed group name");
                }

                _at = close + 1;
                return Inner();
            }

            // Inline options: "(?i)", "(?i:…)", "(?-i)", "(?s:…)"; "x" changes how the pattern reads.
            var end = _at;
            while (end < pattern.Length && pattern[end] is 'i' or 'm' or 's' or 'n' or '-')
            {
                end++;
            }

            if (end == _at || end >= pattern.Length || pattern[end] is not (')' or ':'))
            {
                throw new NotSupportedException("a construct this reading does not know");
            }

            InlineIgnoreCase |= pattern.AsSpan(_at, end - _at).Contains('i');
            _at = end + 1;
            return pattern[end] == ')' ? new Node.ZeroWidth() : Inner();
        }

        private Node ParseClass()
        {
            var chars = new HashSet<string>(StringComparer.Ordinal);
            var known = Peek != '^';
            var first = true;
            while (!AtEnd && (Peek != ']' || first))
            {
                first = false;
                var c = pattern[_at++];
                if (c == '\\')
                {
                    if (ParseEscape(inClass: true) is { } ch)
                    {
                        chars.Add(ch.ToString());
                    }
                    else
                    {
                        known = false;
                    }
                }
                else if (c == '-' && chars.Count > 0 && Peek != ']')
                {
                    known = false; // a range
                }
                else if (c == '[' && Peek == ':')
                {
                    known = false;
                }
                else
                {
                    chars.Add(c.ToString());
                }
            }

            if (AtEnd)
            {
                throw new NotSupportedException("unclosed class");
            }

            _at++;
            return known && chars.Count is > 0 and <= 16 ? new Node.Literal(chars) : new Node.Unknown();
        }

        /// <summary>The character an escape stands for, or null (a class, an anchor, a backreference: see <see cref="LastEscapeNode"/>).</summary>
        private char? ParseEscape(bool inClass)
        {
            if (AtEnd)
            {
                throw new NotSupportedException("trailing backslash");
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'b' when !inClass:
                case 'B' or 'A' or 'z' or 'Z' or 'G':
                    LastEscapeNode = new Node.ZeroWidth();
                    return null;
                case 'b':
                    return '\b';
                case 'p' or 'P':
                    var close = pattern.IndexOf('}', _at);
                    if (close < 0)
                    {
                        throw new NotSupportedException("unclosed \\p{…}");
                    }

                    _at = close + 1;
                    LastEscapeNode = new Node.Unknown();
                    return null;
                case 'k':
                    var end = pattern.IndexOfAny(['>', '\''], _at);
                    _at = end < 0 ? throw new NotSupportedException("unclosed \\k") : end + 1;
                    LastEscapeNode = new Node.Unknown();
                    return null;
                case 'u' when _at + 4 <= pattern.Length:
                    _at += 4;
                    return (char)Convert.ToInt32(pattern.Substring(_at - 4, 4), 16);
                case 'x' when _at + 2 <= pattern.Length:
                    _at += 2;
                    return (char)Convert.ToInt32(pattern.Substring(_at - 2, 2), 16);
                case 't':
                    return '\t';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 'f':
                    return '\f';
                case 'v':
                    return '\v';
                case 'e':
                    return '\u001B';
                case 'a':
                    return '\a';
                case 'c':
                    throw new NotSupportedException("control escape");
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        // \d \w \s and their negations, backreferences \1, octal: some text, nothing known.
                        while (char.IsDigit(c) && !AtEnd && char.IsDigit(Peek))
                        {
                            _at++;
                        }

                        LastEscapeNode = new Node.Unknown();
                        return null;
                    }

                    return c;
            }
        }

        private static Node.Literal Single(char c) => new([c.ToString()]);
    }
}
