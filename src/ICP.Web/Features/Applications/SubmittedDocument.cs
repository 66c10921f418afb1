using System.Text;
using System.Text.Json;
using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

public sealed record SubmittedDocument(string FileName, long SizeBytes, string Sha256);
