using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ICP.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RemoveDeliveredOutboxContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Messages delivered before their content was removed on delivery: remove it now. They may
            // hold live reset, confirmation and invitation links that a backup must not carry.
            migrationBuilder.Sql("UPDATE OutboxMessages SET TextBody = '', HtmlBody = '' WHERE State = 'Sent'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Removed content cannot be brought back.
        }
    }
}
