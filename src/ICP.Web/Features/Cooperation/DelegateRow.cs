namespace ICP.Web.Features.Cooperation;

/// <summary>A delegate on a city's list for a study visit.</summary>
public sealed record DelegateRow(int Id, string Name, string Role, string Email, bool AddedByStaff, DateTimeOffset AddedAt);
