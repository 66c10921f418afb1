using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PersonalDataRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetentionMonths",
                table: "Calls",
                type: "int",
                nullable: false,
                defaultValue: 36); // Call.DefaultRetentionMonths for calls created before retention existed

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnonymisedAt",
                table: "Applications",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RetentionMonths",
                table: "Calls");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Applications");
        }
    }
}
