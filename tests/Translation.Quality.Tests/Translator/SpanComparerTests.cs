using Translation.Quality.Rules.Kinds.Fresh;
using Translation.Quality.Translator;

namespace Translation.Quality.Tests.Translator;

public sealed class SpanComparerTests
{
    /// <summary>The candidates the built-in pack's rules accept at their default parameters (substitutions go to the dictionary).</summary>
    private static List<SpanDifference> Compare(string wire, string fresh, string source) =>
        [.. SpanComparer.Compare(wire, 0, wire.Length, fresh, source, "fr").Where(d => d.Kind == SpanDifferenceKind.Substitution
            || FreshNegationOptions.Default.Accepts(d) || FreshAdditionOptions.Default.Accepts(d) || FreshOmissionOptions.Default.Accepts(d) || FreshWordOrderOptions.Default.Accepts(d))];

    [Fact]
    public void A_faithful_rewording_has_no_difference()
    {
        var differences = Compare(
            "The Minister of Agriculture announced on Tuesday an aid plan of two billion euros for livestock farmers.",
            "The Minister of Agriculture on Tuesday announced a two-billion-euro aid plan for livestock farmers.",
            "Le ministre de l'Agriculture a annoncé mardi un plan d'aide de deux milliards d'euros pour les éleveurs.");

        Assert.Empty(differences);
    }

    [Fact]
    public void Words_neither_the_fresh_translation_nor_the_source_has_are_an_addition()
    {
        const string wire = "The fire started in a disused warehouse owned by the town council, the prefecture said.";
        var d = Assert.Single(Compare(wire, "The fire started, the prefecture said.", "L'incendie s'est déclaré, a indiqué la préfecture."));

        Assert.Equal(SpanDifferenceKind.Addition, d.Kind);
        Assert.Equal("disused warehouse owned by the town council", wire[d.Start..d.End]);
    }

    [Fact]
    public void A_name_or_number_the_source_itself_has_is_no_addition()
    {
        // The wire keeps the source's acronym and figure where the fresh translation says them otherwise.
        Assert.Empty(Compare("The OTAN summit drew 14 000 protesters.", "The NATO summit drew 14,000 protesters.", "Le sommet de l'OTAN a attiré 14 000 manifestants."));
    }

    [Fact]
    public void Fresh_content_the_wire_has_nothing_for_is_an_omission()
    {
        const string wire = "The mayor praised the firefighters.";
        var d = Assert.Single(Compare(wire, "The mayor praised the courage of the firefighters, who were mobilised all night.", "Le maire a salué le courage des pompiers, mobilisés toute la nuit."));

        Assert.Equal(SpanDifferenceKind.Omission, d.Kind);
        Assert.Contains("mobilised all night", d.Fresh, StringComparison.Ordinal);
        Assert.True(d.Start < wire.Length && d.End > d.Start);
    }

    [Fact]
    public void A_word_torn_from_its_phrase_is_misplaced()
    {
        const string wire = "He visited the Yuri aeronautical factory Gagarin.";
        var d = Assert.Single(Compare(wire, "He visited the Yuri Gagarin aeronautical factory.", "Il a visité l'usine aéronautique Iouri Gagarine."));

        Assert.Equal(SpanDifferenceKind.Misplaced, d.Kind);
        Assert.Equal("Gagarin", wire[d.Start..d.End]);
        Assert.Equal("Yuri Gagarin aeronautical", d.Fresh);
    }

    [Theory]
    [InlineData("The temperature at the weather station in Kirrlach reached 39 degrees.", "The Kirrlach weather station recorded 39 degrees.", "La station météo de Kirrlach a relevé 39 degrés.")]
    [InlineData("Irene Vidal of Spain won the award.", "Spain's Irene Vidal won the award.", "L'Espagnole Irene Vidal a remporté le prix.")]
    [InlineData("The first payments will be made before the end of the year, according to the same source.", "According to the same source, the first payments will be made before the end of the year.", "Selon la même source, les premiers versements interviendront avant la fin de l'année.")]
    [InlineData("Neither analysts nor members of the governing council expect cuts.", "Neither analysts nor governing council members expect cuts.", "Ni los analistas ni los miembros del consejo de gobierno esperan recortes.")]
    [InlineData("Toulouse won in round 15 of the Top 14.", "Toulouse won in the 15th round of the Top 14.", "Toulouse a gagné lors de la 15e journée du Top 14.")]
    [InlineData("She spoke as the rain poured down.", "She spoke in pouring rain.", "Elle a parlé sous une pluie battante.")]
    [InlineData("The satellite weighs 1.2 tonnes.", "The 1.2-tonne satellite is in orbit.", "Le satellite de 1,2 tonne est en orbite.")]
    public void Orders_English_allows_are_not_misplaced_words(string wire, string fresh, string source) =>
        Assert.DoesNotContain(Compare(wire, fresh, source), d => d.Kind == SpanDifferenceKind.Misplaced);

    [Fact]
    public void A_wrong_number_in_the_place_of_the_source_s_is_a_number_substitution()
    {
        const string wire = "The damage is estimated at 5.3 million euros.";
        var d = Assert.Single(Compare(wire, "The damage is estimated at 3.5 million euros.", "Les dégâts sont estimés à 3,5 millions d'euros."));

        Assert.Equal((SpanDifferenceKind.Substitution, SpanDifferenceDetail.Number), (d.Kind, d.NumberOrName));
        Assert.Equal("5.3", d.Wire);
        Assert.Equal("3.5", d.Fresh);
    }

    [Fact]
    public void A_word_in_the_place_of_another_is_a_substitution_for_the_dictionary_to_judge()
    {
        var d = Assert.Single(Compare("The farmers touched by the drought.", "Farmers hit by the drought.", "Les agriculteurs touchés par la sécheresse."));

        Assert.Equal((SpanDifferenceKind.Substitution, SpanDifferenceDetail.None, "touched", "hit"), (d.Kind, d.NumberOrName, d.Wire, d.Fresh));
    }

    [Theory]
    [InlineData("14,000", "14000", "14 000")]
    [InlineData("twelve", "12", "douze")]
    [InlineData("3.50", "3.5", "3,5")]
    [InlineData("14,000", "14,000", "14.000")]
    public void Numbers_are_compared_by_value_with_the_bilingual_checks_reader(string wire, string fresh, string source) =>
        Assert.Empty(Compare($"Officials counted {wire} cases of measles.", $"Officials counted {fresh} cases of measles.", $"Les autorités ont recensé {source} cas de rougeole."));

    [Fact]
    public void A_number_only_the_source_writes_in_its_own_conventions_is_no_addition()
    {
        // "2,5 millions" in the source vouches for "2.5 million" in the wire, where the fresh translation has none.
        Assert.DoesNotContain(
            Compare("Police seized 2.5 million euros and five vehicles.", "Police seized cash and five vehicles.", "La police a saisi 2,5 millions d'euros et cinq véhicules."),
            d => d.Kind == SpanDifferenceKind.Addition && d.Wire.Contains("2.5", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Two armed men stole jewellery on Tuesday.", "CANNES, May 21 (AFP) - Two armed men stole jewellery on Tuesday.", "CANNES, 21 mai (AFP) - Deux hommes armés ont dérobé mardi des bijoux.")]
    [InlineData("Sales at the fair reached €2.5 million.", "Sales at the fair reached 2.5 million euros.", "Les ventes du salon ont atteint 2,5 millions d'euros.")]
    [InlineData("Moreau beat Klára Dvořáková of the Czech Republic.", "Moreau beat the Czech Klára Dvořáková.", "Moreau a battu la Tchèque Klára Dvořáková.")]
    [InlineData("The eastern German states had complained.", "The eastern states of Germany had complained.", "Die ostdeutschen Länder hatten sich beschwert.")]
    [InlineData("“No one from your bank will ever call,” he said.", "“Nobody from your bank will ever call,” he said.", "«Nadie de su banco le llamará nunca», dijo.")]
    [InlineData("A 78-year-old woman was rescued.", "A woman, 78, was rescued.", "Une femme de 78 ans a été secourue.")]
    public void Conventions_forms_and_longer_names_are_neither_added_nor_left_out(string wire, string fresh, string source) =>
        Assert.DoesNotContain(Compare(wire, fresh, source), d => d.Kind is SpanDifferenceKind.Addition or SpanDifferenceKind.Omission);

    [Fact]
    public void A_clause_said_in_other_words_elsewhere_in_the_sentence_is_no_omission()
    {
        // The gap misses words the wire says elsewhere: the sentence as a whole lacks nothing.
        var differences = Compare(
            "According to the regional government, neither residents nor emergency workers have been seriously injured.",
            "Neither residents nor the emergency services have suffered serious injuries, according to the regional government.",
            "Ni los vecinos ni los servicios de emergencia han sufrido heridas graves, según el gobierno regional.");

        Assert.DoesNotContain(differences, d => d.Kind == SpanDifferenceKind.Omission);
    }

    [Theory]
    [InlineData("The council is to the budget before the end of the year adopt.", "The council is to adopt the budget before the end of the year.", "budget before the end of the year adopt")]
    [InlineData("The mayor said she the square until further notice would not close.", "The mayor said she would not close the square until further notice.", "square until further notice would not close")]
    public void A_word_carried_past_a_whole_phrase_to_the_end_of_its_clause_is_misplaced(string wire, string fresh, string span)
    {
        var d = Assert.Single(Compare(wire, fresh, "Quelle."), d => d.Kind == SpanDifferenceKind.Misplaced);

        Assert.Equal(span, wire[d.Start..d.End]);
    }

    [Theory]
    [InlineData("She won the Lyon Open final.", "She won the final of the Lyon Open.")]
    [InlineData("He received the best leading performance award.", "He received the award for best leading performance.")]
    public void A_phrase_English_says_round_a_preposition_or_a_name_is_no_moved_block(string wire, string fresh) =>
        Assert.DoesNotContain(Compare(wire, fresh, "Quelle."), d => d.Kind == SpanDifferenceKind.Misplaced);

    [Theory]
    [InlineData("The ferry will sail on Friday.", "The ferry will not sail on Friday.", "Le ferry ne partira pas vendredi.", "will sail")]
    [InlineData("The mayor never signed the decree.", "The mayor signed the decree.", "Le maire a signé le décret.", "never signed")]
    [InlineData("The minister was able to attend the summit.", "The minister was unable to attend the summit.", "Le ministre n'a pas pu assister au sommet.", "able")]
    public void A_word_both_have_negated_on_one_side_only_is_a_negation_difference(string wire, string fresh, string source, string span)
    {
        var d = Assert.Single(Compare(wire, fresh, source), d => d.Kind == SpanDifferenceKind.Negation);

        Assert.Equal(span, wire[d.Start..d.End]);
    }

    [Theory]
    [InlineData("Nobody was hurt in the blast.", "No one was injured in the explosion.", "Personne n'a été blessé dans l'explosion.")]
    [InlineData("The union may call a second strike.", "The union does not rule out calling a second strike.", "Le syndicat n'exclut pas d'appeler à une deuxième grève.")]
    [InlineData("Hikers should carry crampons on the ridge.", "Hikers should not go without crampons on the ridge.", "Les randonneurs ne doivent pas partir sans crampons sur la crête.")]
    [InlineData("At no point were we in control of the race.", "We were never in control of the race at any point.", "Nous n'avons jamais contrôlé la course.")]
    [InlineData("The report calls it an important step.", "The report calls it a not unimportant step.", "Le rapport y voit une étape non négligeable.")]
    public void Negation_said_another_way_is_no_negation_difference(string wire, string fresh, string source) =>
        Assert.DoesNotContain(Compare(wire, fresh, source), d => d.Kind == SpanDifferenceKind.Negation);

    [Fact]
    public void A_name_the_source_gives_left_out_is_an_omission_on_its_own()
    {
        const string wire = "Flights to Oslo were cancelled on Monday.";
        var d = Assert.Single(Compare(wire, "Flights to Oslo and Bergen were cancelled on Monday.", "Les vols vers Oslo et Bergen ont été annulés lundi."));

        Assert.Equal((SpanDifferenceKind.Omission, "Bergen"), (d.Kind, d.Fresh));
    }

    [Fact]
    public void A_clause_the_wire_goes_on_with_after_a_reworded_phrase_is_an_addition()
    {
        const string wire = "The airline will run four weekly flights, doubling to eight once the new terminal opens.";
        var d = Assert.Single(Compare(wire, "The airline will operate four flights a week.", "La compagnie assurera quatre vols par semaine."), d => d.Kind == SpanDifferenceKind.Addition);

        Assert.Equal("doubling to eight once the new terminal opens", wire[d.Start..d.End]);
    }

    [Fact]
    public void A_title_s_english_in_brackets_after_the_source_title_is_no_addition() =>
        Assert.DoesNotContain(
            Compare("The jury chose the novel “Le Dernier Quai” (The Last Wharf) by Anne Roy.", "The jury chose the novel “Le Dernier Quai” by Anne Roy.", "Le jury a choisi le roman « Le Dernier Quai » d'Anne Roy."),
            d => d.Kind == SpanDifferenceKind.Addition);
}
