namespace Translation.Quality.Lexicon;

/// <summary>What a lexicon knows of one word (its lower-case key).</summary>
[Flags]
public enum WordFlags : byte
{
    None = 0,

    /// <summary>The word is listed in lower case: a common word.</summary>
    Lower = 1,

    /// <summary>The word is listed with capitals: a name, an acronym, a German noun.</summary>
    Capitalised = 2,

    /// <summary>In the language's Hunspell dictionary (for English: en-US or en-GB).</summary>
    Dictionary = 4,

    /// <summary>A stopword of the language (stopwords-iso).</summary>
    Stopword = 8,

    /// <summary>English only: listed by the big word list (wamerican-huge) but no Hunspell dictionary.</summary>
    WordList = 16,

    /// <summary>English only: a WordNet lemma.</summary>
    WordNet = 32,

    /// <summary>Only a part of compounds ("Landtags" in "Landtagswahl"): not a word on its own.</summary>
    CompoundPart = 64,
}
