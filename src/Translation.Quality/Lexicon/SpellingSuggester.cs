namespace Translation.Quality.Lexicon;

/// <summary>
/// Suggests English words for an unknown one: every word within Damerau–Levenshtein distance 1
/// (a letter deleted, inserted, replaced, or two neighbours swapped), else within 2, ranked by
/// frequency band, then by being a dictionary word. Only called for words no lexicon knows, so
/// generating the edits (a few hundred thousand lookups at distance 2) is cheap enough.
/// </summary>
public sealed class SpellingSuggester(WordTable english, int minBand)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz";

    // Scratch state of one Suggest call: the word's first letter and the kind of edit being tried.
    // A suggester is therefore used by one thread at a time (the spelling rule makes one per article).
    private char _first;
    private int _edit;

    /// <summary>
    /// Whether a word is one slip (distance 1, same first letter) from a common English word: a word
    /// of some third language that is also a likely typo ("substitue") counts as a typo.
    /// </summary>
    public static bool IsNearEnglish(WordTable english, ReadOnlySpan<char> word) =>
        word.Length >= 6 && new SpellingSuggester(english, 4).Suggest(word, 1) is { } s && char.ToLowerInvariant(word[0]) == s.Word[0];

    /// <summary>The best suggestion and its distance, or null.</summary>
    public (string Word, int Distance)? Suggest(ReadOnlySpan<char> word, int maxDistance)
    {
        if (word.Length > WordKey.MaxLength - 2 || word.IsEmpty)
        {
            return null;
        }

        Span<char> key = stackalloc char[word.Length];
        WordKey.Normalise(word, key);
        var best = new Best(-1, -1);
        Span<char> buffer = stackalloc char[key.Length + 1];
        _first = key[0];
        Edits(key, buffer, 1, ref best);
        if (best.Entry >= 0)
        {
            return (english.KeySpan(best.Entry).ToString(), 1);
        }

        if (maxDistance < 2 || key.Length < 4)
        {
            return null;
        }

        Edits(key, buffer, 2, ref best);
        return best.Entry >= 0 ? (english.KeySpan(best.Entry).ToString(), 2) : null;
    }

    private void Edits(ReadOnlySpan<char> key, Span<char> buffer, int depth, ref Best best)
    {
        // Deletes (the typo's extra letter: the least likely edit, so the lowest bonus).
        _edit = 0;
        for (var i = 0; i < key.Length; i++)
        {
            key[..i].CopyTo(buffer);
            key[(i + 1)..].CopyTo(buffer[i..]);
            Visit(buffer[..(key.Length - 1)], depth, ref best);
        }

        _edit = 2;

        // Transpositions.
        for (var i = 0; i + 1 < key.Length; i++)
        {
            if (key[i] == key[i + 1])
            {
                continue;
            }

            key.CopyTo(buffer);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            Visit(buffer[..key.Length], depth, ref best);
        }

        // Replacements.
        _edit = 1;
        for (var i = 0; i < key.Length; i++)
        {
            foreach (var c in Alphabet)
            {
                if (c == key[i])
                {
                    continue;
                }

                key.CopyTo(buffer);
                buffer[i] = c;
                Visit(buffer[..key.Length], depth, ref best);
            }
        }

        // Insertions (a letter the typo dropped: the commonest slip).
        _edit = 3;
        for (var i = 0; i <= key.Length; i++)
        {
            foreach (var c in Alphabet)
            {
                key[..i].CopyTo(buffer);
                buffer[i] = c;
                key[i..].CopyTo(buffer[(i + 1)..]);
                Visit(buffer[..(key.Length + 1)], depth, ref best);
            }
        }
    }

    private void Visit(Span<char> candidate, int depth, ref Best best)
    {
        if (depth > 1)
        {
            if (candidate.IsEmpty)
            {
                return;
            }

            // The candidate lives in the caller's buffer, which the next level's edits overwrite: copy it
            // on the stack (a heap copy per candidate was most of what a run allocated).
            Span<char> copy = stackalloc char[candidate.Length];
            candidate.CopyTo(copy);
            Span<char> next = stackalloc char[candidate.Length + 1];
            Edits(copy, next, depth - 1, ref best);
            return;
        }

        var entry = english.Find(candidate);
        if (entry < 0)
        {
            return;
        }

        var flags = english.Flags(entry);
        var band = english.Band(entry);

        // A suggestion is a common word written in lower case: not a name, not a rare list entry.
        if ((flags & WordFlags.Lower) == 0 || ((flags & WordFlags.Dictionary) == 0 && band < minBand))
        {
            return;
        }

        // Typos rarely touch the first letter; then frequency; then dictionary words; then the likelier edit.
        var score = (candidate[0] == _first ? 1000 : 0) + (band * 20) + ((flags & WordFlags.Dictionary) != 0 ? 10 : 0) + _edit;
        if (score > best.Score || (score == best.Score && best.Entry >= 0 && english.KeySpan(entry).SequenceCompareTo(english.KeySpan(best.Entry)) < 0))
        {
            best = new Best(entry, score);
        }
    }

    private record struct Best(int Entry, int Score);
}
