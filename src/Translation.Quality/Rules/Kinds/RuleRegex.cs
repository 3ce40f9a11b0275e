using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// A rule pack's regex that starts interpreted and becomes compiled once it has proved it will be
/// used: after <see cref="CompileAfterUses"/> uses a background thread compiles it and swaps it in.
/// A one-article run never pays Reflection.Emit and the JIT for every pattern of every pack; a
/// night's run gets compiled code after its first few dozen articles. Both forms find exactly the
/// same matches.
/// </summary>
internal sealed class RuleRegex
{
    /// <summary>Uses (articles, for a pattern rule) before compiling pays back its ~10 ms.</summary>
    public const int CompileAfterUses = 32;

    private Regex _current;
    private int _uses;

    public RuleRegex(Regex interpreted)
    {
        _current = interpreted;
    }

    /// <summary>The best form built so far: read it once per use, it may change between reads.</summary>
    public Regex Current
    {
        get
        {
            // Native AOT has no Reflection.Emit: there the interpreter is all there is.
            if (_uses < CompileAfterUses && Interlocked.Increment(ref _uses) == CompileAfterUses && RuntimeFeature.IsDynamicCodeCompiled && !IsCompiled)
            {
                BackgroundRegexCompiler.Enqueue(this);
            }

            return Volatile.Read(ref _current);
        }
    }

    /// <summary>Whether the compiled form has replaced the interpreted one.</summary>
    public bool IsCompiled => (Volatile.Read(ref _current).Options & RegexOptions.Compiled) != 0;

    /// <summary>The form in use, without counting a use.</summary>
    public Regex Peek => Volatile.Read(ref _current);

    public void Promote(Regex compiled) => Volatile.Write(ref _current, compiled);
}
