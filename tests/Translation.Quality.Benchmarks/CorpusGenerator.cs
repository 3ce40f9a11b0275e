using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// <c>corpus --mb N --out PATH [--format jsonl|txt]</c>: a deterministic wire-copy corpus for the
/// whole-process benchmark. Articles are assembled from sentence frames and word pools with a fixed
/// seed, in the three language pairs, with a garble in about one sentence in six, so every rule
/// kind has work to do. The same arguments always give the same bytes.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Places = ["Lyon", "Seville", "Leipzig", "Porto", "Gdansk", "Valencia", "Bremen", "Nantes", "Bilbao", "Graz", "Turin", "Malmo"];
    private static readonly string[] People = ["Ana Ruiz", "Jonas Weber", "Claire Martin", "Luis Ortega", "Petra Vogel", "Marc Dubois", "Elena Sanz", "Tobias Kern"];
    private static readonly string[] Bodies = ["the regional council", "the transport ministry", "the port authority", "the central bank", "the football federation", "the health agency", "the energy regulator"];
    private static readonly string[] Topics = ["the new tram line", "the pension reform", "the budget", "the wind farm", "the wage agreement", "the flood defences", "the rail strike"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Frames =
    [
        "{body} approved {topic} on {day} after a long debate, officials said.",
        "The mayor of {place}, {person}, said {topic} would be finished by the end of the year.",
        "Some {n} people attended a meeting in {place} on {day} to discuss {topic}.",
        "“We are not going to give up,” {person} told reporters outside the building.",
        "According to {body}, the cost of {topic} rose by {d} percent last year.",
        "Critics say {topic} has been delayed too often and want a public inquiry.",
        "The decision is expected to be published before the summer, a spokeswoman said.",
        "{person}, who has led {body} since 2019, did not comment on the figures.",
        "Police said {n} officers were deployed in {place} on {day} evening.",
        "Talks between unions and {body} resumed on {day} in {place}.",
    ];

    private static readonly string[] Garbles =
    [
        "The {nat} number one arrived in {place} on {day}.",
        "{body} realized more than {n} checks on {day}.",
        "The minister said on {day} of Transport, {person}, that {topic} was safe.",
        "Officials met in {place}. Portugal.",
        "The plan will cost {dc} million euros, {person} said.",
        "The talks will resume at 14h30 in {place}.",
        "The the vote was held on {day}.",
        "The new bridge, whom the city financed, opens in May.",
        "The minister must travel to {place} on {day}.",
        "Governor Sergueï Koutchenkov visited {place} on {day}.",
        "The company will build a fabric near {place}, {person} said.",
        "It came to clashes in {place} on {day} night.",
    ];

    private static readonly string[] Nationalities = ["Cuban", "Chilean", "Austrian", "Polish", "Moroccan"];

    public static int Run(string[] args)
    {
        double mb = 10;
        string? output = null;
        var format = "jsonl";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mb":
                    mb = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[++i];
                    break;
                case "--format":
                    format = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}; usage: corpus --mb N --out PATH [--format jsonl|txt]");
                    return 2;
            }
        }

        if (output is null || format is not ("jsonl" or "txt"))
        {
            Console.Error.WriteLine("usage: corpus --mb N --out PATH [--format jsonl|txt]");
            return 2;
        }

        var random = new Random(20241124);
        var target = (long)(mb * 1_000_000);
        long written = 0;
        var count = 0;
        using var jsonl = format == "jsonl" ? new StreamWriter(output, false, new UTF8Encoding(false)) : null;
        string[] pairs = ["fr", "es", "de"];
        while (written < target)
        {
            var source = pairs[count % 3];
            var id = $"{source}-en/bench-{count:D7}";
            var text = Article(random);
            if (jsonl is not null)
            {
                var line = JsonSerializer.Serialize(new { id, sourceLanguage = source, targetLanguage = "en", text, feed = $"agency-{source}" });
                jsonl.WriteLine(line);
                written += Encoding.UTF8.GetByteCount(line) + 1;
            }
            else
            {
                var dir = Path.Combine(output, $"{source}-en");
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, $"bench-{count:D7}.txt"), text, new UTF8Encoding(false));
                written += Encoding.UTF8.GetByteCount(text);
            }

            count++;
        }

        Console.WriteLine($"{count} articles, {written / 1e6:0.0} MB in {output}");
        return 0;
    }

    private static string Article(Random random)
    {
        var text = new StringBuilder(4000);
        var paragraphs = random.Next(6, 12);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
            {
                text.Append("\n\n");
            }

            var sentences = random.Next(1, 4);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    text.Append(' ');
                }

                var frames = random.Next(6) == 0 ? Garbles : Frames;
                text.Append(Fill(frames[random.Next(frames.Length)], random));
            }
        }

        return text.ToString();
    }

    private static string Fill(string frame, Random random)
    {
        var s = frame
            .Replace("{place}", Places[random.Next(Places.Length)], StringComparison.Ordinal)
            .Replace("{person}", People[random.Next(People.Length)], StringComparison.Ordinal)
            .Replace("{body}", Bodies[random.Next(Bodies.Length)], StringComparison.Ordinal)
            .Replace("{topic}", Topics[random.Next(Topics.Length)], StringComparison.Ordinal)
            .Replace("{day}", Days[random.Next(Days.Length)], StringComparison.Ordinal)
            .Replace("{nat}", Nationalities[random.Next(Nationalities.Length)], StringComparison.Ordinal)
            .Replace("{n}", random.Next(20, 5000).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{d}", random.Next(1, 30).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dc}", $"{random.Next(1, 9)},{random.Next(1, 9)}", StringComparison.Ordinal);
        return char.ToUpperInvariant(s[0]) + s[1..];
    }
}
