namespace Translation.Quality.Tagging;

/// <summary>Per-token hashes computed once per sentence, so context features cost no re-hashing.</summary>
internal struct TokenFeatures
{
    /// <summary>Lower-cased form with digits folded to 0 and curly quotes made straight.</summary>
    public ulong Word;

    /// <summary>The form as written (quotes straightened): the tag dictionary's key.</summary>
    public ulong Exact;

    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;

    /// <summary>First character, case kept.</summary>
    public ulong Prefix1;

    /// <summary>First two characters, lower-cased.</summary>
    public ulong Prefix2;

    /// <summary>Collapsed shape: "Gagarin" → Xx, "U.S." → X.X., "1,500" → d,d.</summary>
    public ulong Shape;

    /// <summary>The part after the last inner hyphen ("well-known" → known); 0 without one.</summary>
    public ulong LastPart;

    /// <summary>Tags the form took in training (bit t = tag t); 0 when rare or unseen.</summary>
    public uint Classes;

    public TokenFlags Flags;

    /// <summary>Tag from the exact-match dictionary, or -1.</summary>
    public sbyte DictionaryTag;
}
