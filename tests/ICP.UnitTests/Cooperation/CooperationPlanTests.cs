using ICP.Domain.Cooperation;
using Xunit;

namespace ICP.UnitTests.Cooperation;

/// <summary>The partnerships plan: only selected cities, the limit, confirmation, publication and a city that declines.</summary>
public sealed class CooperationPlanTests
{
    private const string Manager = "manager-1";

    private static readonly DateTimeOffset Now = new(2022, 1, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly MatchingCity Toronto = new(1, "CA", false, "climate", "inclusion");
    private static readonly MatchingCity Busan = new(2, "KR", false, "inclusion", null);
    private static readonly MatchingCity Lyon = new(3, "FR", true, "climate", null);
    private static readonly MatchingCity Turin = new(4, "IT", true, "inclusion", "climate");

    private static readonly IReadOnlyCollection<MatchingCity> Selected = [Toronto, Busan, Lyon, Turin];

    [Fact]
    public void ApplyProposal_SelectedCities_MakesTheProposedPairsAsDraft()
    {
        var plan = new CooperationPlan(1, 1, Manager, Now);

        var pairs = plan.ApplyProposal(Selected, 1, Manager, Now);

        Assert.Equal([(3, 1, "climate"), (4, 2, "inclusion")], pairs.Select(p => (p.EuApplicationId, p.PartnerApplicationId, p.SharedThemes)));
        Assert.All(pairs, p => Assert.Equal(p.PartnerApplicationId == 1 ? "CA" : "KR", p.PartnerTerritoryCode));
        Assert.Equal(PlanState.Draft, plan.State);
    }

    [Fact]
    public void AddPair_CityNotSelected_ThrowsAndAddsNothing()
    {
        var plan = new CooperationPlan(1, 2, Manager, Now);

        Assert.Throws<CityNotSelectedException>(() => plan.AddPair(Selected, 3, 99, Manager, Now));
        Assert.Empty(plan.Pairs);
    }

    [Fact]
    public void AddPair_TwoEuCities_Throws()
    {
        var plan = new CooperationPlan(1, 2, Manager, Now);

        Assert.Throws<PairNotValidException>(() => plan.AddPair(Selected, 3, 4, Manager, Now));
    }

    [Fact]
    public void AddPair_BeyondTheLimit_ThrowsPartnerLimitReached()
    {
        var plan = new CooperationPlan(1, 1, Manager, Now);
        plan.AddPair(Selected, 3, 1, Manager, Now);

        var refused = Assert.Throws<PartnerLimitReachedException>(() => plan.AddPair(Selected, 3, 2, Manager, Now));

        Assert.Equal((3, 1), (refused.ApplicationId, refused.Limit));
        Assert.Single(plan.ActivePairs);
    }

    [Fact]
    public void Confirm_NonEuCityWithoutPartner_ThrowsNamingIt()
    {
        var plan = new CooperationPlan(1, 2, Manager, Now);
        plan.AddPair(Selected, 3, 1, Manager, Now);

        var refused = Assert.Throws<PartnershipsIncompleteException>(() => plan.Confirm(Selected, Manager, Now));

        Assert.Equal([2], refused.WithoutPartner);
        Assert.Equal(PlanState.Draft, plan.State);
    }

    [Fact]
    public void Publish_BeforeConfirmation_Throws()
    {
        var plan = new CooperationPlan(1, 1, Manager, Now);
        plan.ApplyProposal(Selected, 1, Manager, Now);

        Assert.Throws<PlanStateException>(() => plan.Publish(Manager, Now));
    }

    [Fact]
    public void ChangeAfterConfirmation_ReturnsThePlanToDraftWithANewToken()
    {
        var plan = new CooperationPlan(1, 2, Manager, Now);
        plan.ApplyProposal(Selected, 2, Manager, Now);
        plan.Confirm(Selected, Manager, Now);
        var token = plan.ConcurrencyToken;

        plan.RemovePair(plan.ActivePairs.First().Id, "Wrong partner", Manager, Now.AddMinutes(1));

        Assert.Equal(PlanState.Draft, plan.State);
        Assert.NotEqual(token, plan.ConcurrencyToken);
    }

    [Fact]
    public void ApplyProposal_AfterPublication_Throws()
    {
        var plan = new CooperationPlan(1, 1, Manager, Now);
        plan.ApplyProposal(Selected, 1, Manager, Now);
        plan.Confirm(Selected, Manager, Now);
        plan.Publish(Manager, Now);

        Assert.Throws<PlanStateException>(() => plan.ApplyProposal(Selected, 1, Manager, Now));
        Assert.Equal(PlanState.Published, plan.State);
    }

    [Fact]
    public void LeaveOnDecline_PublishedPlan_EndsThePairWithTheReasonAndThePartnerNeedsANewOne()
    {
        var plan = new CooperationPlan(1, 1, Manager, Now);
        plan.ApplyProposal(Selected, 1, Manager, Now);
        plan.Confirm(Selected, Manager, Now);
        plan.Publish(Manager, Now);

        var left = Assert.Single(plan.LeaveOnDecline(3, "Council vote", Manager, Now.AddDays(30)));
        var stillSelected = Selected.Where(c => c.ApplicationId != 3).ToList();

        Assert.Equal((PairEnd.CityDeclined, "Council vote", 1), (left.EndedBecause, left.EndReason, left.PartnerApplicationId));
        Assert.False(left.IsActive);
        Assert.Equal([1], plan.NeedingPartner(stillSelected));
        Assert.Equal([1], plan.LeftByDeclinedPartner(stillSelected));
        Assert.Equal(PlanState.Published, plan.State);
    }

    [Fact]
    public void RemovePair_IdOfNoActivePair_ThrowsNotFoundAndChangesNothing()
    {
        var plan = new CooperationPlan(1, 1, Manager, Now);
        plan.ApplyProposal(Selected, 1, Manager, Now);
        var token = plan.ConcurrencyToken;

        Assert.Throws<ICP.Domain.Common.NotFoundException>(() => plan.RemovePair(99, "Typed by hand", Manager, Now));

        Assert.Equal(2, plan.ActivePairs.Count());
        Assert.Equal(token, plan.ConcurrencyToken);
    }

    [Fact]
    public void ClusterMembersOf_CitiesOfTheSamePartnerCountry_AndTheirEuPartners_NotTheOtherCluster()
    {
        var calgary = new MatchingCity(5, "CA", false, "climate", null);
        var plan = new CooperationPlan(1, 2, Manager, Now);
        plan.AddPair([.. Selected, calgary], 3, 1, Manager, Now); // Lyon – Toronto (CA)
        plan.AddPair([.. Selected, calgary], 4, 5, Manager, Now); // Turin – Calgary (CA)
        plan.AddPair([.. Selected, calgary], 4, 2, Manager, Now); // Turin – Busan (KR)

        Assert.Equal([1, 3, 4, 5], plan.ClusterMembersOf(3).Order());
        Assert.Equal(["CA"], plan.ClustersOf(3));
        Assert.Equal([1, 2, 3, 4, 5], plan.ClusterMembersOf(4).Order());
        Assert.Equal([2, 4], plan.ClusterMembersOf(2).Order());
        Assert.DoesNotContain(3, plan.ClusterMembersOf(2));
    }

    [Fact]
    public void ClusterMembersOf_ACityThatDeclined_HasNoCluster_AndItsPartnerNoLongerSeesIt()
    {
        var plan = new CooperationPlan(1, 1, Manager, Now);
        plan.ApplyProposal(Selected, 1, Manager, Now);

        plan.LeaveOnDecline(3, "Council vote", Manager, Now.AddDays(30));

        Assert.Empty(plan.ClusterMembersOf(3));
        Assert.Empty(plan.ClusterMembersOf(1));
    }
}
