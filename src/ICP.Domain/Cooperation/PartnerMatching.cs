namespace ICP.Domain.Cooperation;

/// <summary>
/// Proposes pairs of selected cities (ADR 14). The proposal is the best by three criteria taken in
/// order: first, as many non-EU cities as possible have an EU partner; then as many EU cities as
/// possible have a partner; then the sum of the pairs' <see cref="PartnerScore"/> is as high as
/// possible. No city gets more than <c>maxPartners</c> partners, and a pair with no shared theme is
/// made only when it gives a city its first partner. Solved exactly as a minimum-cost flow; the
/// cities are ordered by application id first, so the same cities give the same proposal whatever
/// order they come in.
/// </summary>
public static class PartnerMatching
{
    public const int MinPartnersLimit = 1;

    public const int MaxPartnersLimit = 5;

    public static MatchingProposal Propose(IEnumerable<MatchingCity> cities, int maxPartners)
    {
        if (maxPartners is < MinPartnersLimit or > MaxPartnersLimit)
        {
            throw new PartnerLimitOutOfRangeException(maxPartners, MinPartnersLimit, MaxPartnersLimit);
        }

        var all = cities.OrderBy(c => c.ApplicationId).ToList();
        if (all.Select(c => c.ApplicationId).Distinct().Count() != all.Count)
        {
            throw new ICP.Domain.Common.InvalidProgrammeDataException("A city can be in the matching only once.");
        }

        var partners = all.Where(c => !c.IsEu).ToList();
        var eu = all.Where(c => c.IsEu).ToList();
        var n = partners.Count;
        var m = eu.Count;

        // Costs are negated gains. A covered EU city is worth more than any total of scores, and a
        // covered non-EU city more than all EU coverage and scores together: the criteria are
        // lexicographic.
        long maxScoreTotal = ((long)PartnerScore.Maximum * n * m) + 1;
        long euCoverage = maxScoreTotal;
        long partnerCoverage = (euCoverage * (m + 1)) + maxScoreTotal;

        var source = 0;
        var sink = n + m + 1;
        var flow = new MinCostFlow(n + m + 2);
        for (var i = 0; i < n; i++)
        {
            flow.AddEdge(source, 1 + i, 1, -partnerCoverage);
            if (maxPartners > 1)
            {
                flow.AddEdge(source, 1 + i, maxPartners - 1, 0);
            }
        }

        var pairEdges = new int[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                pairEdges[i, j] = flow.AddEdge(1 + i, 1 + n + j, 1, -PartnerScore.Of(partners[i], eu[j]));
            }
        }

        for (var j = 0; j < m; j++)
        {
            flow.AddEdge(1 + n + j, sink, 1, -euCoverage);
            if (maxPartners > 1)
            {
                flow.AddEdge(1 + n + j, sink, maxPartners - 1, 0);
            }
        }

        flow.Run(source, sink);

        var pairs = new List<ProposedPair>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (flow.FlowOn(pairEdges[i, j]) > 0)
                {
                    pairs.Add(new ProposedPair(eu[j].ApplicationId, partners[i].ApplicationId, PartnerScore.SharedThemes(partners[i], eu[j]), PartnerScore.Of(partners[i], eu[j])));
                }
            }
        }

        var count = all.ToDictionary(c => c.ApplicationId, c => pairs.Count(p => p.EuApplicationId == c.ApplicationId || p.PartnerApplicationId == c.ApplicationId));
        var passedOver = new List<PassedOver>();
        foreach (var city in all)
        {
            var others = city.IsEu ? partners : eu;
            foreach (var other in others)
            {
                var score = PartnerScore.Of(city, other);
                var paired = pairs.Any(p => p.EuApplicationId == (city.IsEu ? city.ApplicationId : other.ApplicationId)
                    && p.PartnerApplicationId == (city.IsEu ? other.ApplicationId : city.ApplicationId));
                if (score > 0 && !paired)
                {
                    // The flow is optimal, so an unused positive pair means one of the two is full.
                    var reason = count[city.ApplicationId] >= maxPartners ? PassedOverReason.CityFull : PassedOverReason.OtherCityFull;
                    passedOver.Add(new PassedOver(city.ApplicationId, other.ApplicationId, PartnerScore.SharedThemes(city, other), score, reason));
                }
            }
        }

        return new MatchingProposal(
            maxPartners,
            pairs,
            [.. passedOver.OrderBy(p => p.ApplicationId).ThenByDescending(p => p.Score).ThenBy(p => p.OtherApplicationId)],
            [.. all.Where(c => count[c.ApplicationId] == 0).Select(c => c.ApplicationId)]);
    }
}
