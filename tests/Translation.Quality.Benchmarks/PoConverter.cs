using System.Text;
using System.Text.Json;

namespace Translation.Quality.Benchmarks;

/// <summary>
/// <c>po CORPUS.jsonl OUT.po</c>: the same corpus as a gettext PO file, so pofilter (translate-toolkit)
/// can be timed on exactly what tqa checks. One unit per paragraph (msgctxt "id#n"); the corpus has
/// no source text, so msgid and msgstr both hold the English and the comparison is of checking
/// English text, which is what both tools then do.
/// </summary>
public static class PoConverter
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: po CORPUS.jsonl OUT.po");
            return 2;
        }

        using var output = new StreamWriter(args[1], false, new UTF8Encoding(false));
        output.Write("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: en\\n\"\n\n");
        var units = 0;
        foreach (var line in File.ReadLines(args[0]))
        {
            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            var paragraphs = doc.RootElement.GetProperty("text").GetString()!.Split("\n\n");
            for (var p = 0; p < paragraphs.Length; p++)
            {
                var text = Quote(paragraphs[p]);
                output.Write($"msgctxt {Quote($"{id}#{p}")}\nmsgid {text}\nmsgstr {text}\n\n");
                units++;
            }
        }

        Console.WriteLine($"{units} units in {args[1]}");
        return 0;
    }

    private static string Quote(string text)
    {
        var s = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return s.Append('"').ToString();
    }
}
