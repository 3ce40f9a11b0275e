using Translation.Quality.Text;

namespace Translation.Quality.Benchmarks;

/// <summary>A few paragraphs of invented wire copy, repeated into a fixed-size workload.</summary>
internal static class WireCopy
{
    public const string Text = """
        MOSCOW, March 12 (Wire) - Russian President Vladimir Putin on Tuesday visited the Gagarin Cosmonaut Training Centre in Star City, outside Moscow, where he met crew members preparing for a six-month mission to the International Space Station, the Kremlin said.

        "We didn't come here to make speeches," Putin told the cosmonauts, according to a transcript published on the Kremlin's website. "We came to listen to the people who'll fly next year."

        The visit came a day after Roscosmos, the state space corporation, announced that the launch of the Soyuz MS-27 spacecraft from the Baikonur cosmodrome in Kazakhstan had been moved to April 8 because of a faulty sensor found during pre-flight checks.

        Officials said the delay would cost about 1.5 billion roubles ($16.4 million). A spokeswoman for the agency, Yelena Ivanova, declined to comment on the figure but said the crew's training schedule wasn't affected.

        Separately, the Defence Ministry said air-defence units had shot down 23 drones over the Belgorod and Kursk regions overnight. There were no immediate reports of casualties, regional governor Vyacheslav Gladkov wrote on Telegram at 7:30 a.m. local time.

        In Brussels, European Union foreign ministers are expected to discuss a new package of sanctions on Thursday. Diplomats said Hungary and Slovakia still had objections to several measures, including restrictions on liquefied natural gas imports.

        Analysts at the Centre for Eastern Studies in Warsaw said the talks could drag on for weeks. "Nobody's in a hurry," one of them, Marek Nowak, said in a phone interview. "Everyone knows the real decisions won't be taken until after the summer."

        The rouble weakened 0.8% against the U.S. dollar in early trade on the Moscow Exchange, while the benchmark MOEX index rose 1.2% to 3,214.55 points, led by shares of Sberbank and the oil producer Lukoil.
        """;

    /// <summary>Sentences of <see cref="Text"/> repeated until they hold exactly <paramref name="tokenCount"/> tokens.</summary>
    public static (string Text, Token[] Tokens, Sentence[] Sentences) Workload(int tokenCount)
    {
        var tokens = Tokenizer.Tokenize(Text);
        var sentences = SentenceSplitter.Split(Text, tokens);
        var picked = new List<Sentence>();
        var total = 0;
        for (var i = 0; total < tokenCount; i = (i + 1) % sentences.Length)
        {
            var s = sentences[i];
            var take = Math.Min(s.TokenCount, tokenCount - total);
            picked.Add(s with { TokenCount = take });
            total += take;
        }

        return (Text, tokens, [.. picked]);
    }
}
