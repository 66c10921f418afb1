using ICP.Domain.Cooperation;

namespace ICP.Web.Features.Cooperation;

/// <summary>An output staff published: what the public sees on /partnerships.</summary>
public sealed record PublishedOutput(int Id, string CityName, string Country, OutputKind Kind, string Title, long SizeBytes, DateTimeOffset PublishedAt);
