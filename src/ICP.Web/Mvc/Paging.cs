namespace ICP.Web.Mvc;

/// <summary>
/// Page numbers as the portal reads them from a query string: any integer may arrive, and a page
/// number near <see cref="int.MaxValue"/> times a page size overflows to a negative offset (which
/// SQLite ignores and SQL Server refuses). Every list clamps the number to the pages it has.
/// </summary>
public static class Paging
{
    public static int PageCount(int total, int pageSize) => (int)Math.Max(1, ((long)total + pageSize - 1) / pageSize);

    /// <summary>The page to show: <paramref name="page"/> brought within 1 and the last page.</summary>
    public static int Clamp(int page, int total, int pageSize) => Math.Clamp(page, 1, PageCount(total, pageSize));

    /// <summary>How many rows come before <paramref name="page"/> (already clamped).</summary>
    public static int Offset(int page, int pageSize) => (page - 1) * pageSize;
}
