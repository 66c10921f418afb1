using ICP.Domain.Programme;

namespace ICP.Web.Features.Programme;

public sealed record TerritoryItem(string Code, string Name, string OfficialName, TerritoryKind Kind, bool IsEuMemberState);
