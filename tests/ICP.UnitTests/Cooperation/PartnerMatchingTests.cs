using CsCheck;
using ICP.Domain.Cooperation;
using Xunit;

namespace ICP.UnitTests.Cooperation;

/// <summary>The proposed matching: its constraints, its optimality against brute force, its determinism and its explanation.</summary>
public sealed class PartnerMatchingTests
{
    private static readonly string[] ThemeSlugs = ["circular-economy", "climate", "inclusion"];

    // A city as (primary theme index, secondary theme index or 3 for none).
    private static readonly Gen<(int Primary, int Secondary)> CityGen = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3], (p, s) => (p, s));

    private static readonly Gen<(List<MatchingCity> Cities, int Limit)> SmallCases =
        Gen.Select(CityGen.Array[0, 3], CityGen.Array[0, 4], Gen.Int[1, 2], (partners, eu, limit) => (Cities(partners, eu), limit));

    [Fact]
    public void Score_SharedPrimaryAndSecondary_FollowsTheDocumentedWeights()
    {
        var a = Eu(1, "climate", "inclusion");

        Assert.Equal(6, PartnerScore.Of(a, Partner(2, "climate", "inclusion")));
        Assert.Equal(6, PartnerScore.Of(a, Partner(3, "inclusion", "climate")));
        Assert.Equal(4, PartnerScore.Of(a, Partner(4, "climate", null)));
        Assert.Equal(3, PartnerScore.Of(a, Partner(5, "inclusion", null)));
        Assert.Equal(2, PartnerScore.Of(Eu(6, "x", "inclusion"), Partner(7, "y", "inclusion")));
        Assert.Equal(0, PartnerScore.Of(a, Partner(8, "circular-economy", null)));
    }

    [Fact]
    public void Propose_TwoPairsWithCrossedThemes_PairsTheCitiesThatShareThem()
    {
        var cities = new[]
        {
            Partner(1, "climate", null), Partner(2, "inclusion", null),
            Eu(3, "inclusion", null), Eu(4, "climate", null),
        };

        var proposal = PartnerMatching.Propose(cities, maxPartners: 1);

        Assert.Equal([(4, 1, "climate"), (3, 2, "inclusion")], proposal.Pairs.Select(p => (p.EuApplicationId, p.PartnerApplicationId, string.Join(',', p.SharedThemes))));
        Assert.Empty(proposal.WithoutPartner);
    }

    [Fact]
    public void Propose_NoSharedTheme_StillGivesEveryNonEuCityAPartner()
    {
        var cities = new[] { Partner(1, "climate", null), Partner(2, "climate", null), Eu(3, "inclusion", null), Eu(4, "circular-economy", null) };

        var proposal = PartnerMatching.Propose(cities, maxPartners: 2);

        Assert.Empty(proposal.WithoutPartner);
        Assert.All(proposal.Pairs, p => Assert.Equal(0, p.Score));
        Assert.Equal(2, proposal.Pairs.Count);
    }

    [Fact]
    public void Propose_MoreNonEuCitiesThanPlaces_LeavesTheFewestWithoutPartnerAndSaysWho()
    {
        var cities = new[] { Partner(1, "climate", null), Partner(2, "climate", null), Partner(3, "inclusion", null), Eu(4, "climate", null) };

        var proposal = PartnerMatching.Propose(cities, maxPartners: 2);

        Assert.Equal([(4, 1), (4, 2)], proposal.Pairs.Select(p => (p.EuApplicationId, p.PartnerApplicationId)));
        Assert.Equal([3], proposal.WithoutPartner);
    }

    [Fact]
    public void Propose_BetterPartnerAlreadyFull_ExplainsThePassedOverAlternative()
    {
        // Both non-EU cities would rather have city 3 (score 4); the limit of 1 gives it to one.
        var cities = new[] { Partner(1, "climate", null), Partner(2, "climate", "inclusion"), Eu(3, "climate", null), Eu(4, "inclusion", null) };

        var proposal = PartnerMatching.Propose(cities, maxPartners: 1);

        Assert.Equal([(3, 1), (4, 2)], proposal.Pairs.Select(p => (p.EuApplicationId, p.PartnerApplicationId)));
        var passed = Assert.Single(proposal.PassedOver, p => p.ApplicationId == 2);
        Assert.Equal((3, 4, PassedOverReason.CityFull), (passed.OtherApplicationId, passed.Score, passed.Reason));
        Assert.Equal(["climate"], passed.SharedThemes);
        var fromEu = Assert.Single(proposal.PassedOver, p => p.ApplicationId == 3);
        Assert.Equal((2, PassedOverReason.CityFull), (fromEu.OtherApplicationId, fromEu.Reason));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Propose_LimitOutsideOneToFive_Throws(int limit)
    {
        Assert.Throws<PartnerLimitOutOfRangeException>(() => PartnerMatching.Propose([Partner(1, "climate", null)], limit));
    }

    [Fact]
    public void Propose_SmallCases_IsAsGoodAsBruteForce()
    {
        SmallCases.Sample(
            (cities, limit) =>
            {
                var proposal = PartnerMatching.Propose(cities, limit);

                Assert.Equal(BruteForceBest(cities, limit), Objective(cities, proposal.Pairs.Select(p => (p.EuApplicationId, p.PartnerApplicationId))));
            },
            iter: 400);
    }

    [Fact]
    public void Propose_AnyCase_KeepsEveryConstraint()
    {
        SmallCases.Sample(
            (cities, limit) =>
            {
                var proposal = PartnerMatching.Propose(cities, limit);
                var byId = cities.ToDictionary(c => c.ApplicationId);
                var partners = cities.Count(c => !c.IsEu);
                var eu = cities.Count(c => c.IsEu);

                Assert.All(proposal.Pairs, p => Assert.True(byId[p.EuApplicationId].IsEu && !byId[p.PartnerApplicationId].IsEu));
                Assert.All(cities, c => Assert.InRange(proposal.PartnersOf(c.ApplicationId), 0, limit));
                Assert.Equal(proposal.Pairs.Count, proposal.Pairs.Select(p => (p.EuApplicationId, p.PartnerApplicationId)).Distinct().Count());
                Assert.Equal(eu == 0 ? 0 : Math.Min(partners, eu * limit), cities.Count(c => !c.IsEu && proposal.PartnersOf(c.ApplicationId) > 0));
                Assert.All(proposal.Pairs, p => Assert.Equal(PartnerScore.Of(byId[p.EuApplicationId], byId[p.PartnerApplicationId]), p.Score));
            },
            iter: 400);
    }

    [Fact]
    public void Propose_SameCitiesInAnotherOrder_GivesTheSameProposal()
    {
        SmallCases.Sample(
            (cities, limit) =>
            {
                var first = PartnerMatching.Propose(cities, limit);
                var reversed = PartnerMatching.Propose(Enumerable.Reverse(cities), limit);

                Assert.Equal(Describe(first), Describe(reversed));
            },
            iter: 200);
    }

    [Fact]
    public void Propose_TheProgrammesSize_GivesEveryCityAPartnerWithinTheLimit()
    {
        // 14 EU and 14 non-EU cities, as in ICP-AGIR 2021, with themes drawn from four.
        var random = new Random(2021);
        string[] themes = [.. ThemeSlugs, "resilience"];
        var cities = Enumerable.Range(1, 28)
            .Select(id => new MatchingCity(id, id <= 14 ? "IT" : "CA", id <= 14, themes[random.Next(4)], themes[random.Next(4)]))
            .ToList();

        var proposal = PartnerMatching.Propose(cities, maxPartners: 2);

        Assert.Empty(proposal.WithoutPartner);
        Assert.All(cities, c => Assert.InRange(proposal.PartnersOf(c.ApplicationId), 1, 2));
    }

    private static List<MatchingCity> Cities((int Primary, int Secondary)[] partners, (int Primary, int Secondary)[] eu)
    {
        var id = 0;
        return
        [
            .. partners.Select(c => City(++id, isEu: false, c)),
            .. eu.Select(c => City(++id, isEu: true, c)),
        ];
    }

    private static MatchingCity City(int id, bool isEu, (int Primary, int Secondary) themes) =>
        new(id, isEu ? "FR" : "KR", isEu, ThemeSlugs[themes.Primary], themes.Secondary == 3 || themes.Secondary == themes.Primary ? null : ThemeSlugs[themes.Secondary]);

    private static MatchingCity Eu(int id, string primary, string? secondary) => new(id, "FR", true, primary, secondary);

    private static MatchingCity Partner(int id, string primary, string? secondary) => new(id, "KR", false, primary, secondary);

    private static string Describe(MatchingProposal proposal) =>
        string.Join(';', proposal.Pairs.Select(p => $"{p.EuApplicationId}-{p.PartnerApplicationId}"))
        + "|" + string.Join(';', proposal.PassedOver.Select(p => $"{p.ApplicationId}-{p.OtherApplicationId}-{p.Reason}"))
        + "|" + string.Join(';', proposal.WithoutPartner);

    /// <summary>The documented objective, compared in order: non-EU cities with a partner, EU cities with a partner, total score.</summary>
    private static (int Partners, int Eu, int Score) Objective(IReadOnlyList<MatchingCity> cities, IEnumerable<(int Eu, int Partner)> pairs)
    {
        var list = pairs.ToList();
        var byId = cities.ToDictionary(c => c.ApplicationId);
        return (
            cities.Count(c => !c.IsEu && list.Any(p => p.Partner == c.ApplicationId)),
            cities.Count(c => c.IsEu && list.Any(p => p.Eu == c.ApplicationId)),
            list.Sum(p => PartnerScore.Of(byId[p.Eu], byId[p.Partner])));
    }

    private static (int, int, int) BruteForceBest(List<MatchingCity> cities, int limit)
    {
        var possible = cities.Where(c => !c.IsEu).SelectMany(p => cities.Where(c => c.IsEu).Select(e => (Eu: e.ApplicationId, Partner: p.ApplicationId))).ToList();
        var best = (-1, -1, -1);
        for (var mask = 0; mask < 1 << possible.Count; mask++)
        {
            var chosen = possible.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (cities.Any(c => chosen.Count(p => p.Eu == c.ApplicationId || p.Partner == c.ApplicationId) > limit))
            {
                continue;
            }

            var objective = Objective(cities, chosen);
            if (objective.CompareTo(best) > 0)
            {
                best = objective;
            }
        }

        return best;
    }
}
