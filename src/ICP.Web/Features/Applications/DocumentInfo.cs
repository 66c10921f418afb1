using ICP.Domain.Programme;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Authorities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Applications;

public sealed record DocumentInfo(int Id, string FileName, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
