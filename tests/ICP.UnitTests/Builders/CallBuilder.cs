using ICP.Domain.Programme;
using ICP.Infrastructure.Seeding;

namespace ICP.UnitTests.Builders;

/// <summary>Domain objects for unit tests, built from the same seed the portal uses.</summary>
public static class Programme
{
    public static IReadOnlyDictionary<string, Territory> Territories() =>
        ReferenceTerritories.All.ToDictionary(t => t.Code);

    /// <summary>The ICP-AGIR 2021 call exactly as seeded.</summary>
    public static Call IcpAgir2021Call(int memberStateCap = IcpAgir2021.DefaultMemberStateCap) =>
        IcpAgir2021.Create(Territories(), memberStateCap);
}
