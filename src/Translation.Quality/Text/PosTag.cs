namespace Translation.Quality.Text;

/// <summary>Universal Dependencies part-of-speech tags (UPOS).</summary>
public enum PosTag : byte
{
    X,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
}
