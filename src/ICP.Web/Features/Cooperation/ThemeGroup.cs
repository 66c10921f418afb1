namespace ICP.Web.Features.Cooperation;

/// <summary>The pairs that work on one theme.</summary>
public sealed record ThemeGroup(string Theme, IReadOnlyList<PublicPair> Pairs);
