using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StaffListKeysetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LocalAuthorities_OfficialName",
                table: "LocalAuthorities",
                column: "OfficialName");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_CallId_Reference",
                table: "Applications",
                columns: new[] { "CallId", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LocalAuthorities_OfficialName",
                table: "LocalAuthorities");

            migrationBuilder.DropIndex(
                name: "IX_Applications_CallId_Reference",
                table: "Applications");
        }
    }
}
