import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAdminErrors, ApiValidationErrors } from '../common/api-errors.decorator';
import { AdminRoute } from './auth.decorators';
import { CreatedUserDto, CreateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('admin')
@ApiBearerAuth('admin-token')
@AdminRoute()
@Controller('v1/admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a user and its API key', description: 'The API key is returned once and stored only as a hash.' })
  @ApiCreatedResponse({ type: CreatedUserDto })
  @ApiValidationErrors()
  @ApiAdminErrors()
  create(@Body() body: CreateUserDto): Promise<CreatedUserDto> {
    return this.users.create(body.name);
  }
}
