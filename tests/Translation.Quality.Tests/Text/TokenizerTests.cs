using Translation.Quality.Text;

namespace Translation.Quality.Tests.Text;

public sealed class TokenizerTests
{
    /// <summary>Input, then its tokens separated by " | ".</summary>
    public static TheoryData<string, string> Splits() => new()
    {
        { "The minister didn't comment.", "The | minister | did | n't | comment | ." },
        { "They can't and won't.", "They | ca | n't | and | wo | n't | ." },
        { "She doesn’t know.", "She | does | n’t | know | ." },
        { "DON'T PANIC", "DO | N'T | PANIC" },
        { "O'Brien met O’Neill.", "O'Brien | met | O’Neill | ." },
        { "Kim Jong Un's train", "Kim | Jong | Un | 's | train" },
        { "Kim Jong Un’s train", "Kim | Jong | Un | ’s | train" },
        { "the ministers' meeting", "the | ministers | ' | meeting" },
        { "we're sure they'll go, I'd say I'm late and they've left", "we | 're | sure | they | 'll | go | , | I | 'd | say | I | 'm | late | and | they | 've | left" },
        { "at six o'clock in Côte d'Ivoire", "at | six | o'clock | in | Côte | d'Ivoire" },
        { "qu'il l'Élysée", "qu'il | l'Élysée" },
        { "Komsomolsk-on-Amur and Jean-Luc Mélenchon", "Komsomolsk-on-Amur | and | Jean-Luc | Mélenchon" },
        { "a well-known 20-year-old", "a | well-known | 20-year-old" },
        { "Su-35 jets and F-16s", "Su-35 | jets | and | F-16s" },
        { "122 mm shells", "122 | mm | shells" },
        { "122mm shells", "122mm | shells" },
        { "up 3.5% on the year", "up | 3.5 | % | on | the | year" },
        { "$5 and €3.5bn and £200m", "$ | 5 | and | € | 3.5bn | and | £ | 200m" },
        { "5 euros, 1,500 dollars", "5 | euros | , | 1,500 | dollars" },
        { "US$12 million", "US | $ | 12 | million" },
        { "It rose 0.25 points to 7,412.55.", "It | rose | 0.25 | points | to | 7,412.55 | ." },
        { "at 12:30 on 15/09/2023", "at | 12:30 | on | 15/09/2023" },
        { "in the '90s", "in | the | '90s" },
        { "the 21st century", "the | 21st | century" },
        { "See https://www.example.org/a?b=1, then go.", "See | https://www.example.org/a?b=1 | , | then | go | ." },
        { "Visit www.example.com.", "Visit | www.example.com | ." },
        { "(see http://example.org/x)", "( | see | http://example.org/x | )" },
        { "on example.com today", "on | example.com | today" },
        { "mail desk@example.org now", "mail | desk@example.org | now" },
        { "@AFP and @un_news said", "@AFP | and | @un_news | said" },
        { "#Paris2024 and #MeToo", "#Paris2024 | and | #MeToo" },
        { "ranked #1 overall", "ranked | # | 1 | overall" },
        { "the U.S. and the U.N. and the E.U.", "the | U.S. | and | the | U.N. | and | the | E.U." },
        { "at 5 p.m. and 7 a.m.", "at | 5 | p.m. | and | 7 | a.m." },
        { "a U.S.-led force", "a | U.S. | - | led | force" },
        { "the U.S.'s role", "the | U.S. | 's | role" },
        { "Mr. Smith", "Mr | . | Smith" },
        { "J. R. R. Tolkien", "J | . | R | . | R | . | Tolkien" },
        { "wait... no… . . . yes", "wait | ... | no | … | . . . | yes" },
        { "the plan—or not – and -- so", "the | plan | — | or | not | – | and | -- | so" },
        { "“quoted” ‘single’ «guillemets»", "“ | quoted | ” | ‘ | single | ’ | « | guillemets | »" },
        { "zero\u200Bwidth", "zero | width" },
        { "41 °C and © 2023 AFP", "41 | ° | C | and | © | 2023 | AFP" },
        { "talks ended.it was late", "talks | ended | . | it | was | late" },
        { "Mail Lena.Vogt@example.de today", "Mail | Lena.Vogt@example.de | today" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Splits_as_the_table_says(string input, string expected)
    {
        var tokens = Tokenizer.Tokenize(input);
        var actual = string.Join(" | ", tokens.Select(t => t.GetText(input)));
        Assert.Equal(expected, actual);
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= 0 && t.End <= input.Length && t.End > t.Start);
        }
    }

    /// <summary>Input, one of its tokens, and that token's kind and shape.</summary>
    public static TheoryData<string, string, TokenKind, TokenShape> KindsAndShapes() => new()
    {
        { "the factory", "factory", TokenKind.Word, TokenShape.Lower },
        { "in Gagarin", "Gagarin", TokenKind.Word, TokenShape.Capitalised },
        { "by AFP", "AFP", TokenKind.Word, TokenShape.AllCaps },
        { "a new iPhone", "iPhone", TokenKind.Word, TokenShape.Mixed },
        { "at McDonald", "McDonald", TokenKind.Word, TokenShape.Mixed },
        { "O'Brien said", "O'Brien", TokenKind.Word, TokenShape.Capitalised },
        { "to Komsomolsk-on-Amur", "Komsomolsk-on-Amur", TokenKind.Word, TokenShape.Capitalised },
        { "Jean-Luc Mélenchon", "Mélenchon", TokenKind.Word, TokenShape.Capitalised },
        { "I agree", "I", TokenKind.Word, TokenShape.Capitalised },
        { "the U.S. side", "U.S.", TokenKind.Word, TokenShape.AllCaps },
        { "at 5 p.m.", "p.m.", TokenKind.Word, TokenShape.Lower },
        { "did n't", "n't", TokenKind.Word, TokenShape.Lower },
        { "Un's", "'s", TokenKind.Word, TokenShape.Lower },
        { "some 1,500 people", "1,500", TokenKind.Number, TokenShape.Numeric },
        { "up 3.5 points", "3.5", TokenKind.Number, TokenShape.Numeric },
        { "at 12:30", "12:30", TokenKind.Number, TokenShape.Numeric },
        { "the 122mm gun", "122mm", TokenKind.Number, TokenShape.Alphanumeric },
        { "a Su-35 jet", "Su-35", TokenKind.Word, TokenShape.Alphanumeric },
        { "3.5 %", "%", TokenKind.Symbol, TokenShape.Punctuation },
        { "$5", "$", TokenKind.Symbol, TokenShape.Punctuation },
        { "€5", "€", TokenKind.Symbol, TokenShape.Punctuation },
        { "end.", ".", TokenKind.Punctuation, TokenShape.Punctuation },
        { "a – b", "–", TokenKind.Punctuation, TokenShape.Punctuation },
        { "see https://example.org/x", "https://example.org/x", TokenKind.Url, TokenShape.Lower },
        { "via @AFP", "@AFP", TokenKind.Handle, TokenShape.AllCaps },
        { "tag #MeToo", "#MeToo", TokenKind.Hashtag, TokenShape.Mixed },
        { "tag #climate", "#climate", TokenKind.Hashtag, TokenShape.Lower },
        { "the '90s", "'90s", TokenKind.Number, TokenShape.Alphanumeric },
        { "NATO-led forces", "NATO-led", TokenKind.Word, TokenShape.Mixed },
    };

    [Theory]
    [MemberData(nameof(KindsAndShapes))]
    public void Kinds_and_shapes_are_right(string input, string token, TokenKind kind, TokenShape shape)
    {
        var tokens = Tokenizer.Tokenize(input);
        var match = Assert.Single(tokens, t => t.GetText(input) == token);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(shape, match.Shape);
    }

    [Fact]
    public void Tokenizing_a_range_keeps_offsets_into_the_whole_text()
    {
        const string text = "Skip this. Keep these words.";
        var list = new List<Token>();
        Tokenizer.Tokenize(text, 11, text.Length, list);
        Assert.Equal(["Keep", "these", "words", "."], list.Select(t => t.GetText(text)));
        Assert.Equal(11, list[0].Start);
    }
}
