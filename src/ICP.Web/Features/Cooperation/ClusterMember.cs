namespace ICP.Web.Features.Cooperation;

/// <summary>
/// A city of one of the workspace's clusters, with its contact persons (political lead and
/// coordinator): shown only to the cities of that cluster and to staff.
/// </summary>
public sealed record ClusterMember(CityCard City, bool IsSelf, bool IsPartner, IReadOnlyList<ContactPerson> Contacts);
