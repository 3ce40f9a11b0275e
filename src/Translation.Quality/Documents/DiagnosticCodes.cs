namespace Translation.Quality.Documents;

/// <summary>Diagnostic codes a caller acts on (the CLI's run notices), named once.</summary>
public static class DiagnosticCodes
{
    /// <summary>The warning an article gets when no pack knows its source language: it was checked, but only partly.</summary>
    public const string NoSourcePack = "TQ210";
}
