import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** SHA-256 of the API key, hex; the key itself is shown once and never stored. */
  @Column({ name: 'api_key_hash', type: 'char', length: 64, select: false })
  apiKeyHash: string;

  /** The key's first characters, enough to tell keys apart in logs without revealing them. */
  @Column({ name: 'api_key_prefix', type: 'text' })
  apiKeyPrefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
