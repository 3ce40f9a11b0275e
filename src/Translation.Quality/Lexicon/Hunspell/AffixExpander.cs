namespace Translation.Quality.Lexicon.Hunspell;

/// <summary>
/// Expands a Hunspell stem into its word forms, as <c>unmunch</c> does, for the subset of the
/// affix language the English, French, Spanish and German dictionaries use: prefixes and
/// suffixes with strip/add/condition, cross products of one prefix with one or two suffixes,
/// twofold suffixes (a suffix's continuation flags), NEEDAFFIX, CIRCUMFIX, FORBIDDENWORD and
/// ONLYINCOMPOUND. Compound words are not generated.
/// </summary>
internal sealed class AffixExpander(AffixFile affixes, Func<AffixRule, bool>? usePrefix = null)
{
    private readonly Func<AffixRule, bool> _usePrefix = usePrefix ?? (_ => true);

    /// <param name="compoundParts">Where forms valid only inside a compound go ("Landtags-"), or null to drop them.</param>
    public void Expand(DictionaryEntry entry, ICollection<string> forms, ICollection<string>? compoundParts = null)
    {
        var flags = entry.Flags;
        var stem = entry.Stem;
        if (Has(flags, affixes.Forbidden))
        {
            return;
        }

        if (Has(flags, affixes.OnlyInCompound))
        {
            compoundParts?.Add(stem);
            return;
        }

        if (!Has(flags, affixes.NeedAffix))
        {
            forms.Add(stem);
        }

        foreach (var flag in flags)
        {
            if (!affixes.Suffixes.TryGetValue(flag, out var suffixes))
            {
                continue;
            }

            foreach (var suffix in suffixes)
            {
                if (suffix.Apply(stem) is not { } suffixed)
                {
                    continue;
                }

                var need = Marks(suffix, affixes.NeedAffix);
                var circumfix = Marks(suffix, affixes.Circumfix);
                if (Marks(suffix, affixes.OnlyInCompound))
                {
                    compoundParts?.Add(suffixed);
                    continue;
                }

                if (!need && !circumfix)
                {
                    forms.Add(suffixed);
                }

                // Twofold suffixes: the outer suffix applies to the inner suffix's form.
                foreach (var inner in suffix.Continuation)
                {
                    if (!affixes.Suffixes.TryGetValue(inner, out var outers))
                    {
                        continue;
                    }

                    foreach (var outer in outers)
                    {
                        if (outer.Apply(suffixed) is { } twice && !Marks(outer, affixes.NeedAffix) && !circumfix && !Marks(outer, affixes.Circumfix))
                        {
                            forms.Add(twice);
                        }
                    }
                }

                if (suffix.CrossProduct)
                {
                    AddPrefixed(suffixed, flags, suffix.Continuation, need, circumfix, forms);
                }
            }
        }

        foreach (var flag in flags)
        {
            if (!affixes.Prefixes.TryGetValue(flag, out var prefixes))
            {
                continue;
            }

            foreach (var prefix in prefixes)
            {
                if (!_usePrefix(prefix) || prefix.Apply(stem) is not { } prefixed)
                {
                    continue;
                }

                if (!Marks(prefix, affixes.NeedAffix) && !Marks(prefix, affixes.Circumfix))
                {
                    forms.Add(prefixed);
                }

                // A prefix's continuation flags may allow suffixes (a circumfix's second half).
                foreach (var next in prefix.Continuation)
                {
                    if (!affixes.Suffixes.TryGetValue(next, out var suffixes))
                    {
                        continue;
                    }

                    foreach (var suffix in suffixes)
                    {
                        if (suffix.Apply(prefixed) is { } both && Marks(prefix, affixes.Circumfix) == Marks(suffix, affixes.Circumfix))
                        {
                            forms.Add(both);
                        }
                    }
                }
            }
        }
    }

    private void AddPrefixed(string suffixed, int[] stemFlags, int[] suffixFlags, bool suffixNeedsMore, bool suffixCircumfix, ICollection<string> forms)
    {
        foreach (var flag in stemFlags.Concat(suffixFlags).Distinct())
        {
            if (!affixes.Prefixes.TryGetValue(flag, out var prefixes))
            {
                continue;
            }

            foreach (var prefix in prefixes)
            {
                if (!prefix.CrossProduct || !_usePrefix(prefix))
                {
                    continue;
                }

                var prefixNeedsMore = Marks(prefix, affixes.NeedAffix);
                if ((suffixNeedsMore && prefixNeedsMore) || suffixCircumfix != Marks(prefix, affixes.Circumfix))
                {
                    continue;
                }

                if (prefix.Apply(suffixed) is { } both)
                {
                    forms.Add(both);
                }
            }
        }
    }

    private static bool Has(int[] flags, int? flag) => flag is { } f && Array.IndexOf(flags, f) >= 0;

    private static bool Marks(AffixRule rule, int? flag) => flag is { } f && rule.Carries(f);
}
