namespace ICP.Web.Mvc;

/// <summary>A table to export: header row and rows of cells (string, number, instant or null).</summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
