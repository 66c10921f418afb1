namespace ICP.Web.Features.Calls;

/// <summary>One move of the call's deadline, from one instant to a later one.</summary>
public sealed record ExtensionMove(DateTimeOffset From, DateTimeOffset To);
