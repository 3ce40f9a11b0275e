using Translation.Quality.Lexicon;
using Translation.Quality.Lexicon.Hunspell;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Lexicon;

public sealed class AffixExpanderTests
{
    [Fact]
    public void Expands_suffixes_prefixes_cross_products_and_twofold_suffixes()
    {
        using var dir = new TempDir();
        var aff = Write(dir, "t.aff", """
            SET UTF-8
            SFX S Y 2
            SFX S 0 s [^y]
            SFX S y ies y
            PFX U Y 1
            PFX U 0 un .
            SFX D N 1
            SFX D 0 ed/S .
            NEEDAFFIX n
            FORBIDDENWORD !
            """);
        File.WriteAllText(Path.Combine(dir.Path, "t.dic"), "5\ndo/US\ncity/S\nwalk/D\nbare/nS\nbad/!\n");

        var (stems, forms, _) = LexiconBuilder.Expand(aff);

        Assert.Equal(5, stems);
        Assert.Equal(new[] { "bares", "cities", "city", "do", "dos", "undo", "undos", "walk", "walked", "walkeds" }, forms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reads_long_flags_and_keeps_compound_only_forms_apart()
    {
        using var dir = new TempDir();
        var aff = Write(dir, "t.aff", """
            FLAG long
            ONLYINCOMPOUND oo
            SFX S. Y 1
            SFX S. 0 s .
            SFX j. Y 1
            SFX j. 0 s/oo .
            """);
        Write(dir, "t.dic", "2\nLand/j.\nmaison/S.\n");

        var (_, forms, parts) = LexiconBuilder.Expand(aff);

        Assert.Equal(new[] { "Land", "maison", "maisons" }, forms.Order(StringComparer.Ordinal));
        Assert.Equal(["Lands"], parts);
    }

    [Fact]
    public void A_malformed_affix_table_names_its_file_and_line()
    {
        using var dir = new TempDir();
        var aff = Write(dir, "bad.aff", "SFX S Y 2\nSFX S 0 s .\nPFX X 0 y .\n");
        Write(dir, "bad.dic", "0\n");

        var error = Assert.Throws<FormatException>(() => LexiconBuilder.Expand(aff));
        Assert.Contains("bad.aff:3", error.Message, StringComparison.Ordinal);
    }

    private static string Write(TempDir dir, string name, string text)
    {
        var path = Path.Combine(dir.Path, name);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        return path;
    }
}
