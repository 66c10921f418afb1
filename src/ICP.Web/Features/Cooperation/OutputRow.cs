using ICP.Domain.Cooperation;

namespace ICP.Web.Features.Cooperation;

/// <summary>An output a city handed in, as the city and staff see it.</summary>
public sealed record OutputRow(
    int Id, CityCard City, OutputKind Kind, string Title, string FileName, long SizeBytes, string UploadedByName, DateTimeOffset UploadedAt,
    OutputState State, string Note, Guid Token);
