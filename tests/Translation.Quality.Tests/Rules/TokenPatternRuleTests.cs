using Translation.Quality.Config;
using Translation.Quality.Documents;
using Translation.Quality.Rules;
using Translation.Quality.Rules.Kinds;
using Translation.Quality.Tagging;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Tests.Rules;

public sealed class TokenPatternRuleTests
{
    private static readonly DictionaryTagger Tagger = new(new Dictionary<string, PosTag>
    {
        ["factory"] = PosTag.NOUN,
        ["treaty"] = PosTag.NOUN,
        ["council"] = PosTag.NOUN,
        ["minister"] = PosTag.NOUN,
        ["the"] = PosTag.DET,
        ["whom"] = PosTag.PRON,
        ["visited"] = PosTag.VERB,
        ["signed"] = PosTag.VERB,
        ["red"] = PosTag.ADJ,
        ["old"] = PosTag.ADJ,
    });

    [Fact]
    public void Matches_a_sequence_of_words_case_insensitively()
    {
        var rule = Load("pattern: [ { word: number }, { word: one } ]");
        var findings = Check(rule, "The North Korean Number One arrived. The number one seed lost.");
        Assert.Equal(["Number One", "number one"], findings.Select(f => f.Text));
    }

    [Fact]
    public void Text_is_case_sensitive_and_word_takes_a_list()
    {
        var rule = Load("pattern: [ { text: May }, { word: [said, says] } ]");
        Assert.Equal(["May said"], Check(rule, "Theresa May said so. It may said nothing.").Select(f => f.Text));
    }

    [Fact]
    public void Optional_tokens_may_be_absent()
    {
        var rule = Load("pattern: [ { word: factory }, { text: \",\", optional: true }, { word: whom } ]");
        var findings = Check(rule, "The factory whom he visited. The factory, whom he visited.");
        Assert.Equal(["factory whom", "factory, whom"], findings.Select(f => f.Text));
    }

    [Fact]
    public void Repeat_matches_between_min_and_max_tokens_and_backtracks()
    {
        var rule = Load("pattern: [ { word: the }, { shape: lower, repeat: { min: 1, max: 2 } }, { word: factory } ]");
        var findings = Check(rule, "the factory. the old factory. the old red factory. the very old red factory.");
        Assert.Equal(["the old factory", "the old red factory"], findings.Select(f => f.Text));
    }

    [Fact]
    public void Repeat_from_zero_behaves_like_a_run_of_optional_tokens()
    {
        var rule = Load("pattern: [ { word: not }, { repeat: { min: 0, max: 3 } }, { word: whom } ]");
        Assert.Equal(["not whom", "not even for whom"], Check(rule, "It is not whom you think. It was not even for whom.").Select(f => f.Text));
    }

    [Fact]
    public void Mark_picks_the_flagged_span()
    {
        var rule = Load("pattern: [ { word: factory }, { text: \",\", optional: true }, { word: whom, mark: true } ]");
        var text = "They saw the factory, whom he visited.";
        var finding = Assert.Single(Check(rule, text));
        Assert.Equal("whom", finding.Text);
        Assert.Equal(text.IndexOf("whom", StringComparison.Ordinal), finding.Start);
        Assert.Equal(finding.Start + 4, finding.End);
    }

    [Fact]
    public void An_overlapping_antipattern_silences_the_match()
    {
        var rule = Load("""
            pattern: [ { word: [one, number] }, { word: one } ]
            antipatterns:
              - [ { word: number }, { word: one }, { word: seed } ]
            """);
        Assert.Equal(["number one"], Check(rule, "The number one seed lost. The number one arrived.").Select(f => f.Text));
    }

    [Fact]
    public void An_antipattern_that_does_not_overlap_the_match_does_not_silence()
    {
        var apart = Load("""
            pattern: [ { word: whom } ]
            antipatterns:
              - [ { word: minister } ]
            """);
        Assert.Single(Check(apart, "The factory whom the minister visited."));
        Assert.Single(Check(apart, "The minister whom they praised."));

        var touching = Load("""
            pattern: [ { word: whom } ]
            antipatterns:
              - [ { word: minister }, { word: whom } ]
            """);
        Assert.Empty(Check(touching, "The minister whom they praised."));
        Assert.Single(Check(touching, "The factory whom the minister visited."));
    }

    [Fact]
    public void Negate_inverts_the_condition()
    {
        var rule = Load("pattern: [ { word: the }, { shape: capitalised, negate: true, kind: word } , { word: factory } ]");
        Assert.Equal(["the old factory"], Check(rule, "the old factory and the Gagarin factory").Select(f => f.Text));
    }

    [Fact]
    public void Regex_matches_the_whole_token_case_insensitively()
    {
        var rule = Load("pattern: [ { regex: \"[a-z]+(iarev|ourov)\" } ]");
        Assert.Equal(["Degtiarev", "Mantourov"], Check(rule, "Degtiarev met Mantourov, not Manturov.").Select(f => f.Text));
        Assert.Equal(["ev"], Check(Load("pattern: [ { regex: ev } ]"), "Kiev ev").Select(f => f.Text));
    }

    [Fact]
    public void Shape_and_kind_conditions()
    {
        var rule = Load("pattern: [ { kind: number }, { shape: allcaps } ]");
        Assert.Equal(["3 AFP", "1,500 EUR"], Check(rule, "At 3 AFP said 1,500 EUR and 4 Euros.").Select(f => f.Text));
    }

    [Fact]
    public void Sentence_anchors_need_the_first_and_last_token()
    {
        var rule = Load("""
            sentenceStart: true
            sentenceEnd: true
            pattern: [ { shape: capitalised }, { text: "." } ]
            """);
        var findings = Check(rule, "The talks failed in Geneva. Russia. “Never.” Russia agreed.");
        Assert.Equal(["Russia."], findings.Select(f => f.Text));
    }

    [Fact]
    public void Messages_and_suggestions_refer_to_matched_tokens()
    {
        var rule = Load("pattern: [ { word: [factory, plant] }, { text: \",\", optional: true }, { word: whom, mark: true } ]",
            message: "'whom' after '\\1'{2}", suggestion: "which (not {3})");
        var finding = Assert.Single(Check(rule, "The plant whom they built."));
        Assert.Equal("'whom' after 'plant'", finding.Message);
        Assert.Equal("which (not whom)", finding.Suggestion);
    }

    [Fact]
    public void Pos_conditions_use_the_tagger()
    {
        var rule = Load("""
            pattern: [ { pos: NOUN }, { text: ",", optional: true }, { word: whom, mark: true } ]
            antipatterns:
              - [ { word: minister }, { text: ",", optional: true }, { word: whom } ]
            """);
        var findings = Check(rule, "The factory, whom he visited, closed. The minister, whom he visited, left. They whom he visited stayed.", Tagger);
        var finding = Assert.Single(findings);
        Assert.Equal("whom", finding.Text);
        Assert.True(finding.Start < 30);
        Assert.True(rule.NeedsTagger);
    }

    [Fact]
    public void Pos_takes_a_list_of_tags()
    {
        var rule = Load("pattern: [ { pos: [ADJ, DET] }, { pos: NOUN } ]");
        Assert.Equal(["the factory", "old treaty"], Check(rule, "the factory and an old treaty", Tagger).Select(f => f.Text));
    }

    [Fact]
    public void A_pos_rule_stays_silent_without_a_tagger()
    {
        var rule = Load("pattern: [ { pos: NOUN, negate: true }, { word: whom } ]");
        Assert.Empty(Check(rule, "They whom he visited stayed."));
        Assert.Single(Check(rule, "They whom he visited stayed.", Tagger));
    }

    [Fact]
    public void WordClass_matches_adjectives_out_of_context_whatever_their_tag()
    {
        // The dictionary tagger calls every word it does not know a noun, as the real tagger calls "federal" in "the council federal".
        var rule = Load("pattern: [ { word: the }, { pos: NOUN }, { wordClass: ADJ, mark: true } ]");
        var findings = Check(rule, "They met the council federal. They met the council official. They met the treaty regional.", Tagger);
        Assert.Equal(["federal", "regional"], findings.Select(f => f.Text));
    }

    [Fact]
    public void Animacy_matches_what_a_noun_names()
    {
        var rule = Load("pattern: [ { word: the }, { animacy: [person, group], mark: true } ]");
        var findings = Check(rule, "Ask the nurses. Ask the committee. Ask the launchers. Ask the treaty.");
        Assert.Equal(["nurses", "committee"], findings.Select(f => f.Text));
    }

    [Fact]
    public void A_word_rule_does_not_need_the_tagger_and_never_calls_it()
    {
        var tagger = new DictionaryTagger(new Dictionary<string, PosTag>());
        var rule = Load("pattern: [ { word: whom } ]");
        Assert.False(rule.NeedsTagger);
        Assert.Single(Check(rule, "The factory whom he visited.", tagger));
        Assert.Equal(0, tagger.Calls);
    }

    [Theory]
    [InlineData("pattern: [ { word: whom, colour: red } ]", 1, "unknown key 'colour'")]
    [InlineData("pattern:\n  - { word: whom }\n  - { pos: NOUNS }", 3, "unknown UPOS tag 'NOUNS'")]
    [InlineData("pattern:\n  - { shape: title }", 2, "unknown shape 'title'")]
    [InlineData("pattern:\n  - { kind: sentence }", 2, "unknown token kind 'sentence'")]
    [InlineData("pattern:\n  - { word: a, repeat: { min: 3, max: 2 } }", 2, "must not be less than 'min'")]
    [InlineData("pattern:\n  - { word: a, repeat: { min: 1, most: 2 } }", 2, "unknown key 'most'")]
    [InlineData("pattern:\n  - { word: a, optional: true, repeat: { min: 0, max: 2 } }", 2, "either 'optional: true' or 'repeat")]
    [InlineData("pattern:\n  - { word: a, optional: true }", 2, "neither optional nor repeated from 0")]
    [InlineData("pattern: []", 1, "at least one token condition")]
    [InlineData("pattern:\n  - { word: a, mark: true }\n  - { word: b }\n  - { word: c, mark: true }", 2, "next to each other")]
    [InlineData("pattern:\n  - { regex: \"(unclosed\" }", 2, "not a valid regular expression")]
    [InlineData("pattern:\n  - { word: a }\nantipatterns:\n  - { word: b }", 4, "an antipattern must be a list")]
    [InlineData("pattern:\n  - { word: a }\nantipatterns:\n  - [ { word: b, mark: true } ]", 4, "unknown key 'mark'")]
    [InlineData("pattern:\n  - { word: a }\nsentenceStart: maybe", 3, "'sentenceStart' must be true or false")]
    [InlineData("pattern:\n  - word: a\n    negate: often", 3, "'negate' must be true or false")]
    [InlineData("pattern:\n  - just-a-word", 2, "must be a mapping")]
    [InlineData("pattern:\n  - { word: a }\n  - { wordClass: NOUN }", 3, "unknown word class 'NOUN'")]
    [InlineData("pattern:\n  - { animacy: [person, robot] }", 2, "unknown animacy 'robot'")]
    [InlineData("patterns:\n  - { word: a }", 0, "missing required key 'pattern'")]
    public void Config_errors_name_their_line(string yaml, int relativeLine, string expected)
    {
        var errors = new ConfigErrors();
        var pack = LoadPack(yaml, errors, out var firstLine);
        Assert.NotNull(pack);
        Assert.Empty(pack.Rules);
        var error = Assert.Single(errors.All, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal("test.yaml", error.File);
        Assert.Equal(relativeLine == 0 ? firstLine - 6 : firstLine + relativeLine - 1, error.Line);
        Assert.True(error.Column >= 1);
    }

    [Fact]
    public void A_reference_past_the_pattern_is_a_config_error()
    {
        var errors = new ConfigErrors();
        LoadPack("pattern: [ { word: a } ]", errors, out _, message: "bad {2}");
        Assert.Contains(errors.All, e => e.Message.Contains("refers to pattern token 2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_kind_is_registered()
    {
        Assert.True(RuleKindRegistry.Default.TryGet("token-pattern", out var kind));
        Assert.IsType<TokenPatternRule.Kind>(kind);
    }

    [Fact]
    public void Built_in_token_pattern_rules_pass_their_examples_with_the_shipped_tagger()
    {
        var loaded = new ConfigLoader().Load(null);
        var runner = new RuleExampleRunner(new LazyTagger());
        var rules = loaded.Rules.Packs.SelectMany(p => p.Rules.Select(r => (Pack: p, Rule: r))).Where(x => x.Rule.Info.Kind == "token-pattern").ToList();
        Assert.NotEmpty(rules);
        foreach (var (pack, rule) in rules)
        {
            Assert.True(runner.CanRun(rule));
            Assert.Empty(runner.Run(pack, rule));
        }
    }

    [Fact]
    public void Without_a_tagger_the_examples_of_a_pos_rule_are_skipped_not_failed()
    {
        var loaded = new ConfigLoader().Load(null);
        var pack = loaded.Rules.Packs.First(p => p.Rules.Any(r => r.NeedsTagger));
        var rule = pack.Rules.First(r => r.NeedsTagger);
        var runner = new RuleExampleRunner();
        Assert.False(runner.CanRun(rule));
        Assert.Empty(runner.Run(pack, rule));
    }

    /// <summary>Invented copy of 100 sentences with <paramref name="odd"/> as sentence <paramref name="at"/>, past the first 64.</summary>
    private static string LongArticle(string odd, int at)
    {
        var sentences = Enumerable.Range(0, 100).Select(i => i == at ? odd : $"Trucks crossed the bridge {i} times.");
        return string.Join(' ', sentences);
    }

    [Fact]
    public void An_anchored_rule_skips_sentences_without_its_words_and_still_finds_them_in_any_case_past_the_first_64()
    {
        var rule = Load("pattern: [ { word: factory }, { word: whom } ]");

        Assert.Empty(Check(rule, LongArticle("The plant whom he visited closed.", 80)));
        Assert.Empty(Check(rule, LongArticle("The factory he visited closed whom.", 80)));
        var finding = Assert.Single(Check(rule, LongArticle("The FACTORY Whom he visited closed.", 80)));
        Assert.Equal("FACTORY Whom", finding.Text);
    }

    [Fact]
    public void A_text_anchor_in_another_case_passes_the_shared_index_but_not_the_exact_check()
    {
        var rule = Load("pattern: [ { text: May }, { word: said } ]");

        Assert.Empty(Check(rule, LongArticle("It may said nothing.", 70)));
        Assert.Equal(["May said"], Check(rule, LongArticle("Theresa May said so.", 70)).Select(f => f.Text));
    }

    [Fact]
    public void A_rule_without_word_anchors_runs_on_every_sentence()
    {
        // A regex and a negated word fix no word a sentence must hold, so no sentence is skipped.
        var rule = Load("pattern: [ { word: the, negate: true }, { regex: \"zz+\" } ]");
        var text = string.Join(' ', Enumerable.Range(0, 90).Select(i => i % 30 == 29 ? $"A buzz zzz rose {i}." : $"Trucks crossed the bridge {i} times."));

        Assert.Equal(["buzz zzz", "buzz zzz", "buzz zzz"], Check(rule, text).Select(f => f.Text));
    }

    private static IRule Load(string parameters, string message = "msg", string? suggestion = null)
    {
        var errors = new ConfigErrors();
        var pack = LoadPack(parameters, errors, out _, message, suggestion);
        Assert.True(errors.Count == 0, string.Join("\n", errors.All));
        return Assert.Single(pack!.Rules);
    }

    private static RulePack? LoadPack(string parameters, ConfigErrors errors, out int firstLine, string message = "msg", string? suggestion = null)
    {
        var header = $"""
            pack: test
            target: en
            rules:
              - id: TEST_RULE
                kind: token-pattern
                class: test
                category: Fluency/Grammar
                severity: minor
                message: "{message.Replace("\\", "\\\\", StringComparison.Ordinal)}"
            """;
        if (suggestion is not null)
        {
            header += $"\n    suggestion: \"{suggestion}\"";
        }

        firstLine = header.Split('\n').Length + 1;
        var body = string.Join('\n', parameters.Split('\n').Select(l => "    " + l));
        return new RulePackLoader(RuleKindRegistry.Default).Load("test.yaml", header + "\n" + body + "\n", errors);
    }

    private static List<Finding> Check(IRule rule, string text, IPosTagger? tagger = null)
    {
        var article = new Article { Id = "t", Path = "t.txt", SourceLanguage = "fr", TargetLanguage = "en", Text = text };
        var analysis = AnalyzedText.Analyze(article, tagger);
        var findings = new List<Finding>();
        var diagnostics = new List<Diagnostic>();
        RuleChecker.Run(analysis, [rule], findings, diagnostics);
        Assert.Empty(diagnostics);
        return findings;
    }
}
