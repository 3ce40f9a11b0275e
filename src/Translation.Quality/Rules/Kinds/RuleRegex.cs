using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// A rule pack's regex, compiled on first use (what the packs build), or one that starts interpreted
/// and becomes compiled once it has proved it will be used: after <see cref="CompileAfterUses"/> uses
/// a background thread compiles it and swaps it in.
/// A one-article run never pays Reflection.Emit and the JIT for every pattern of every pack; a
/// night's run gets compiled code after its first few dozen articles. Both forms find exactly the
/// same matches.
/// </summary>
internal sealed class RuleRegex
{
    /// <summary>Uses (articles, for a pattern rule) before compiling pays back its ~10 ms.</summary>
    public const int CompileAfterUses = 32;

    private readonly Func<Regex>? _build;
    private readonly Lock _buildGate = new();
    private Regex? _current;
    private int _uses;

    public RuleRegex(Regex interpreted)
    {
        _current = interpreted;
        MaxGroup = interpreted.GetGroupNumbers().Max();
    }

    /// <summary>
    /// A regex built on first use, not at load: a rerun whose articles are all unchanged never checks
    /// one, so it must not pay Reflection.Emit and the JIT for every pattern of every pack. The build
    /// runs before the first match starts, so it never counts against that match's timeout.
    /// </summary>
    /// <param name="groups">The pattern's highest group number (from a parse at load, which validates it).</param>
    public RuleRegex(Func<Regex> build, int groups)
    {
        _build = build;
        MaxGroup = groups;
    }

    /// <summary>The pattern's highest group number, known without building it.</summary>
    public int MaxGroup { get; }

    /// <summary>The best form built so far: read it once per use, it may change between reads.</summary>
    public Regex Current
    {
        get
        {
            if (_build is not null)
            {
                return Volatile.Read(ref _current) ?? Build();
            }

            // Native AOT has no Reflection.Emit: there the interpreter is all there is.
            if (_uses < CompileAfterUses && Interlocked.Increment(ref _uses) == CompileAfterUses && RuntimeFeature.IsDynamicCodeCompiled && !IsCompiled)
            {
                BackgroundRegexCompiler.Enqueue(this);
            }

            return Volatile.Read(ref _current)!;
        }
    }

    /// <summary>Whether the compiled form has replaced the interpreted one.</summary>
    public bool IsCompiled => Volatile.Read(ref _current) is { } current && (current.Options & RegexOptions.Compiled) != 0;

    /// <summary>The form in use, without counting a use (built now if it is built on first use).</summary>
    public Regex Peek => Volatile.Read(ref _current) ?? Build();

    /// <summary>Once, under a lock: two checking threads must not both compile the same pattern.</summary>
    private Regex Build()
    {
        lock (_buildGate)
        {
            if (Volatile.Read(ref _current) is not { } regex)
            {
                regex = _build!();
                Volatile.Write(ref _current, regex);
            }

            return regex;
        }
    }

    public void Promote(Regex compiled) => Volatile.Write(ref _current, compiled);
}
