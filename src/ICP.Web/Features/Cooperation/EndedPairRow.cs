using ICP.Domain.Cooperation;

namespace ICP.Web.Features.Cooperation;

/// <summary>A pair that ended: who left or who took it apart, when, why.</summary>
public sealed record EndedPairRow(CityCard Eu, CityCard Partner, PairEnd Because, string Reason, DateTimeOffset At);
