using ICP.Domain.Activities;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Cooperation;

/// <summary>A city's delegates for a study visit: the visit's cut-off at the request's arrival, its limit per city, staff after the cut-off.</summary>
public sealed class DelegationTests
{
    private static readonly DateTimeOffset Cutoff = new(2022, 5, 20, 22, 0, 0, TimeSpan.Zero);

    private static Activity Visit(int limit = 3) => Activity.Create(
        Programme.IcpAgir2021Call().Phases.First(p => p.Kind == PhaseKind.StudyVisit), ActivityKind.StudyVisit,
        new ActivityDetails(
            "Working meeting and study visit in Cape Town", "Six days with the South African cluster.",
            new DateTimeOffset(2022, 6, 13, 9, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2022, 6, 18, 17, 0, 0, TimeSpan.FromHours(2)),
            "Africa/Johannesburg", IsPublic: false, HostCity: "Cape Town", Place: "Civic Centre", Agenda: "Day 1: welcome",
            DelegateLimitPerCity: limit, DelegateCutoff: Cutoff),
        "manager", Cutoff.AddDays(-60));

    [Fact]
    public void Add_OneTickBeforeTheCutoff_IsAccepted_AtTheCutoff_IsRefusedAndChangesNothing()
    {
        var visit = Visit();
        var delegation = new Delegation(visit, 7, "officer", Cutoff.AddDays(-10));
        delegation.Add(visit, delegation.Delegates.Count, "Ana Silva", "Head of environment", "ana@city.example", Cutoff.AddTicks(-1), "officer", byStaff: false);
        var token = delegation.ConcurrencyToken;

        var refused = Assert.Throws<DelegateCutoffPassedException>(() => delegation.Add(visit, delegation.Delegates.Count, "Rui Costa", "Mayor", "rui@city.example", Cutoff, "officer", byStaff: false));

        Assert.Equal(Cutoff, refused.Cutoff);
        Assert.Equal(["Ana Silva"], delegation.Delegates.Select(d => d.Name));
        Assert.Equal(token, delegation.ConcurrencyToken);
        Assert.Throws<DelegateCutoffPassedException>(() => delegation.Remove(visit, delegation.Delegates.Count, 0, Cutoff.AddDays(1), "officer", byStaff: false));
    }

    [Fact]
    public void Add_ByStaffAfterTheCutoff_IsAccepted()
    {
        var visit = Visit();
        var delegation = new Delegation(visit, 7, "officer", Cutoff.AddDays(-10));

        var added = delegation.Add(visit, delegation.Delegates.Count, "Rui Costa", "Mayor", "rui@city.example", Cutoff.AddDays(2), "manager", byStaff: true);

        Assert.True(added.AddedByStaff);
        Assert.Single(delegation.Delegates);
    }

    [Fact]
    public void Add_BeyondTheLimit_OrTheSameAddressTwice_IsRefused()
    {
        var visit = Visit(limit: 2);
        var delegation = new Delegation(visit, 7, "officer", Cutoff.AddDays(-10));
        var early = Cutoff.AddDays(-1);
        delegation.Add(visit, delegation.Delegates.Count, "Ana Silva", "Head of environment", "ana@city.example", early, "officer", false);

        Assert.Throws<DelegateAlreadyRegisteredException>(() => delegation.Add(visit, delegation.Delegates.Count, "Ana S.", "Adviser", " ANA@city.example ", early, "officer", false));
        delegation.Add(visit, delegation.Delegates.Count, "Rui Costa", "Mayor", "rui@city.example", early, "officer", false);
        var full = Assert.Throws<DelegateLimitReachedException>(() => delegation.Add(visit, delegation.Delegates.Count, "Eva Lopes", "Engineer", "eva@city.example", early, "officer", false));

        Assert.Equal(2, full.Limit);
        Assert.Equal(2, delegation.Delegates.Count);
    }

    [Fact]
    public void Remove_AnIdNotInTheDelegation_IsNotFound()
    {
        var visit = Visit();
        var delegation = new Delegation(visit, 7, "officer", Cutoff.AddDays(-10));

        Assert.Throws<NotFoundException>(() => delegation.Remove(visit, delegation.Delegates.Count, 42, Cutoff.AddDays(-1), "officer", false));
    }
}
